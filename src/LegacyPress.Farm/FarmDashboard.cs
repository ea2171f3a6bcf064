using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LegacyPress.Farm;

/// <summary>
/// <c>legacypress farm dashboard --port P</c>: Hangfire's own dashboard over the farm's database, on 127.0.0.1 only
/// (its default filter also refuses any request that is not local); reach it from elsewhere through an SSH tunnel.
/// </summary>
public static class FarmDashboard
{
    /// <exception cref="FarmException">The database cannot be reached.</exception>
    public static async Task RunAsync(FarmConnection connection, int port, Action<string> started, CancellationToken cancellation)
    {
        var storage = connection.OpenStorage(new FarmTimings());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHangfire(c => FarmHangfire.Configure(c).UseStorage(storage));
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.UseHangfireDashboard("", new DashboardOptions
        {
            DashboardTitle = "LegacyPress farm",
            Authorization = [new LocalRequestsOnlyAuthorizationFilter()],
            DisplayStorageConnectionString = false,
        }, storage);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        started($"http://127.0.0.1:{port}/");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
