using System.Net;
using System.Net.Sockets;
using System.Text;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;

namespace LegacyPress.Publish.Auth;

/// <summary>
/// Receives the OAuth code on http://127.0.0.1:PORT/ (the installed-app loopback redirect). It never opens a browser
/// itself: the URL is handed to <paramref name="showUrl"/>, which prints it, so the flow also works over SSH by
/// opening the URL on any machine that can reach this port (or through an SSH tunnel).
/// </summary>
public sealed class LoopbackCodeReceiver(Action<string> showUrl) : ICodeReceiver
{
    private readonly int port = FreePort();

    public string RedirectUri => $"http://127.0.0.1:{port}/";

    public async Task<AuthorizationCodeResponseUrl> ReceiveCodeAsync(AuthorizationCodeRequestUrl url, CancellationToken taskCancellationToken)
    {
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
            var ok = query["code"] is not null;
            var page = Encoding.UTF8.GetBytes(ok
                ? "<html><body><h1>LegacyPress is signed in to YouTube.</h1><p>You can close this tab.</p></body></html>"
                : "<html><body><h1>Sign-in was not completed.</h1><p>Return to the terminal.</p></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(page, taskCancellationToken);
            context.Response.Close();
            return new AuthorizationCodeResponseUrl(query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!));
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
