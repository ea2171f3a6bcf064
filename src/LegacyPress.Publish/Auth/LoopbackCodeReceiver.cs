using System.Net;
using System.Net.Sockets;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;

namespace LegacyPress.Publish.Auth;

/// <summary>
/// Receives the OAuth code on http://127.0.0.1:PORT/ (the installed-app loopback redirect). It never opens a browser
/// itself: the URL is handed to <paramref name="showUrl"/>, which prints it, so the flow also works over SSH by
/// opening the URL on any machine that can reach this port (or through an SSH tunnel).
/// The consent URL carries a fresh random <c>state</c>, and an answer that does not bring it back is refused: any page
/// the user visits could send the browser to this port, and without the check its code would be taken as theirs.
/// </summary>
public sealed class LoopbackCodeReceiver(Action<string> showUrl) : ICodeReceiver
{
    private readonly int port = FreePort();

    public string RedirectUri => $"http://127.0.0.1:{port}/";

    public async Task<AuthorizationCodeResponseUrl> ReceiveCodeAsync(AuthorizationCodeRequestUrl url, CancellationToken taskCancellationToken)
    {
        var state = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        url.State = state;
        using var listener = new HttpListener();
        listener.Prefixes.Add(RedirectUri);
        listener.Start();
        showUrl(url.Build().AbsoluteUri);
        while (true)
        {
            var context = await listener.GetContextAsync().WaitAsync(taskCancellationToken);
            var query = context.Request.QueryString;
            if (query["code"] is null && query["error"] is null)
            {
                // Browsers also ask for /favicon.ico; only the redirect carries a code or an error.
                context.Response.StatusCode = 404;
                context.Response.Close();
                continue;
            }
            if (!SameState(query["state"], state))
            {
                await AnswerAsync(context, "<html><body><h1>Sign-in refused.</h1><p>This answer did not come from the sign-in LegacyPress started. Return to the terminal.</p></body></html>", taskCancellationToken);
                throw new PublishException(
                    "YouTube sign-in refused: the answer that reached the loopback address did not carry the state this sign-in sent "
                    + $"(missing or different, so it may come from another page or an earlier sign-in), so no sign-in was saved; {YouTubeAuthorization.AuthAgain}");
            }
            var ok = query["code"] is not null;
            await AnswerAsync(context, ok
                ? "<html><body><h1>LegacyPress is signed in to YouTube.</h1><p>You can close this tab.</p></body></html>"
                : "<html><body><h1>Sign-in was not completed.</h1><p>Return to the terminal.</p></body></html>", taskCancellationToken);
            return new AuthorizationCodeResponseUrl(query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!));
        }
    }

    private static async Task AnswerAsync(HttpListenerContext context, string html, CancellationToken cancellation)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(html), cancellation);
        context.Response.Close();
    }

    /// <summary>Compared in constant time, so the state's value cannot be found by timing guesses.</summary>
    private static bool SameState(string? returned, string sent) =>
        returned is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(returned), Encoding.ASCII.GetBytes(sent));

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
