using System.ClientModel;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegacyPress.Generation.Images.OpenAi;

/// <summary>
/// The multipart body of <c>POST /images/edits</c>, built here rather than by the SDK's typed edit call: that call
/// sends its image part without a content type, which the GPT image models refuse ("unsupported mimetype"), and takes
/// one image where they take several (<c>image[]</c>, up to 16). Sent through the SDK's own protocol method, so key,
/// endpoint and transport are still the SDK's.
/// </summary>
internal static class OpenAiEditForm
{
    /// <summary>How many reference images the GPT image models take in one edit.</summary>
    public const int MaxReferences = 16;

    public static async Task<(BinaryContent Body, string ContentType)> BuildAsync(
        OpenAiImageModel model, IReadOnlyList<ReferenceStill> references, string prompt, (int Width, int Height) size, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(model.Name), "model");
        form.Add(new StringContent(prompt), "prompt");
        form.Add(new StringContent(string.Create(CultureInfo.InvariantCulture, $"{size.Width}x{size.Height}")), "size");
        form.Add(new StringContent("1"), "n");
        if (model.IsDallE)
        {
            form.Add(new StringContent("b64_json"), "response_format");
        }
        // DALL·E 2 edits one image; a single image goes as "image", several as the array field "image[]".
        var sent = model.IsDallE ? references.Take(1).ToList() : references.Take(MaxReferences).ToList();
        var field = sent.Count == 1 ? "image" : "image[]";
        foreach (var reference in sent)
        {
            var image = new ByteArrayContent(reference.Bytes);
            image.Headers.ContentType = new MediaTypeHeaderValue(reference.MediaType);
            form.Add(image, field, Path.GetFileNameWithoutExtension(reference.FileName) + reference.Extension);
        }
        var bytes = await form.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (BinaryContent.Create(BinaryData.FromBytes(bytes)), form.Headers.ContentType!.ToString());
    }

    /// <summary>The picture in the answer, <c>{"data": [{"b64_json": …}]}</c>.</summary>
    /// <exception cref="GenerationException">The answer holds no picture.</exception>
    public static byte[] PictureOf(BinaryData answer)
    {
        try
        {
            if (JsonNode.Parse(answer.ToMemory().Span)?["data"]?[0]?["b64_json"] is JsonValue base64 && base64.TryGetValue<string>(out var text))
            {
                return Convert.FromBase64String(text);
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new GenerationException($"OpenAI's answer to the edit is not readable: {e.Message}", e);
        }
        throw new GenerationException("OpenAI's answer to the edit has no picture");
    }
}
