using System.CommandLine;
using LegacyPress.Publish;
using LegacyPress.Publish.Auth;
using LegacyPress.Publish.YouTube;
using Spectre.Console;

namespace LegacyPress.Cli.Commands;

/// <summary><c>legacypress auth youtube --client-secrets FILE</c>: signs in once; publish then refreshes the token silently.</summary>
internal static class AuthCommand
{
    public static Command Create(CliConsole console)
    {
        var secrets = new Option<string>("--client-secrets")
        {
            Description = "The OAuth client JSON of a 'Desktop app' client (Google Cloud console → Credentials)",
            Required = true,
        };
        var youtube = new Command("youtube", "Sign in to YouTube in a browser and keep the refresh token (0600) in the user's config folder") { secrets };
        youtube.SetAction(async (parse, cancellation) =>
        {
            var authorization = new YouTubeAuthorization(YouTubeEndpoints.FromEnvironment(), ConfigFolder.Resolve());
            try
            {
                await authorization.SignInAsync(Path.GetFullPath(parse.GetValue(secrets)!), url =>
                {
                    var redirect = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["redirect_uri"] ?? "http://127.0.0.1:0/";
                    var port = new Uri(redirect).Port;
                    console.Out.WriteLine("Open this address in a browser and allow LegacyPress to publish to your channel:");
                    console.Out.WriteLine();
                    console.Out.WriteLine($"  {url}");
                    console.Out.WriteLine();
                    console.Out.WriteLine($"Waiting for Google to send the browser back to http://127.0.0.1:{port}/ …");
                    console.Out.WriteLine($"(On a machine without a browser: `ssh -L {port}:127.0.0.1:{port} this-host` from your own computer, then open the address there.)");
                }, cancellation);
            }
            catch (PublishException e)
            {
                throw new UserFacingException(e.Message);
            }
            console.Ansi.MarkupLine($"[green]signed in[/] to YouTube; the refresh token is in {Markup.Escape(authorization.TokenPath)} (readable only by you).");
            return ExitCodes.Ok;
        });
        return new Command("auth", "Sign in to a publishing platform") { youtube };
    }
}
