using System.Globalization;
using System.Net;
using System.Text;
using LegacyPress.Promo.Campaign;

namespace LegacyPress.Promo.Output;

/// <summary>The <c>index.html</c> gallery: every asset at a glance with its platform, size and bytes, and every text.</summary>
public static class Gallery
{
    public static string Html(string title, IReadOnlyList<PromoFile> files, IReadOnlyList<PromoText> texts, string folder)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" — promo assets</title><style>")
            .Append("body{background:#111;color:#eee;font:15px/1.4 system-ui,sans-serif;margin:2rem}")
            .Append(".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1.5rem}")
            .Append("figure{margin:0;background:#1c1c1c;padding:.75rem;border-radius:6px}figure img{width:100%;height:260px;object-fit:contain;background:#000}")
            .Append("figcaption{margin-top:.5rem;color:#bbb}pre{white-space:pre-wrap;background:#1c1c1c;padding:1rem;border-radius:6px}")
            .Append("</style></head><body><h1>").Append(WebUtility.HtmlEncode(title)).Append(" — promo assets</h1><div class=\"grid\">");
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file.Path).Replace('\\', '/');
            var caption = string.Create(CultureInfo.InvariantCulture,
                $"<b>{WebUtility.HtmlEncode(file.Asset)}</b> · {WebUtility.HtmlEncode(file.Platform)} {WebUtility.HtmlEncode(file.Purpose)}<br>{file.WidthPixels}×{file.HeightPixels} px · {file.DotsPerInch} dpi · {file.Format.ToUpperInvariant()} · {file.Bytes / 1024.0:0} KB");
            html.Append("<figure>");
            if (file.Format == "pdf")
            {
                html.Append("<a href=\"").Append(relative).Append("\">PDF for print (trim and bleed boxes, crop marks)</a>");
            }
            else
            {
                html.Append("<a href=\"").Append(relative).Append("\"><img loading=\"lazy\" src=\"").Append(relative).Append("\" alt=\"").Append(WebUtility.HtmlEncode(file.Asset)).Append("\"></a>");
            }
            html.Append("<figcaption>").Append(caption).Append("</figcaption></figure>");
        }
        html.Append("</div><h2>Texts</h2>");
        foreach (var text in texts)
        {
            html.Append("<h3>").Append(WebUtility.HtmlEncode($"{text.Name} · {text.Platform} {text.Purpose} · {text.Characters} characters, {text.Utf8Bytes} bytes")).Append("</h3><pre>")
                .Append(WebUtility.HtmlEncode(text.Text)).Append("</pre>");
        }
        return html.Append("</body></html>\n").ToString();
    }
}
