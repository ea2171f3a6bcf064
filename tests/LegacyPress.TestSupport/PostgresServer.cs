using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LegacyPress.TestSupport;

/// <summary>
/// A real, throwaway PostgreSQL server for the tests and the bench: Debian's binaries (the newest under
/// <c>/usr/lib/postgresql/&lt;v&gt;/bin</c>; <c>build.sh</c> installs the package), a cluster made by <c>initdb</c> in a temp
/// folder, listening on a free loopback port with trust authentication, stopped and deleted on dispose. PostgreSQL
/// refuses to run as root, and CI runs as root: then initdb and pg_ctl run as the <c>postgres</c> user (<c>runuser</c>).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string User = "postgres";
    private readonly string bin;
    private readonly string folder;
    private readonly bool asPostgres;

    private PostgresServer(string bin, string folder, int port, bool asPostgres)
    {
        this.bin = bin;
        this.folder = folder;
        this.asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> on this server (made by <see cref="CreateDatabase"/>).</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username={User}";

    /// <exception cref="InvalidOperationException">No PostgreSQL binaries, or the server would not start (its log is in the message).</exception>
    public static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("no PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin: install Debian's postgresql package (./build.sh does)");
        }
        var asPostgres = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), "legacypress-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (asPostgres)
        {
            Run("chown", [User, folder], asPostgres: false);
        }
        var port = FreePort();
        var server = new PostgresServer(bin, folder, port, asPostgres);
        try
        {
            server.Tool("initdb", ["-D", server.Data, "-A", "trust", "-U", User, "--no-sync", "-E", "UTF8", "--locale=C"]);
            // fsync off: a test cluster is thrown away, and durability only costs time here.
            server.Tool("pg_ctl", ["-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);
        }
        catch (Exception e)
        {
            var log = Path.Combine(folder, "server.log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "";
            server.Dispose();
            throw new InvalidOperationException($"PostgreSQL did not start: {e.Message}\n{tail}", e);
        }
        return server;
    }

    public void CreateDatabase(string name) => Tool("createdb", ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, name]);

    private string Data => Path.Combine(folder, "data");

    private void Tool(string name, IReadOnlyList<string> arguments) => Run(Path.Combine(bin, name), arguments, asPostgres);

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", User, "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Data) && File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                Tool("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped, or never started: the folder goes anyway.
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
