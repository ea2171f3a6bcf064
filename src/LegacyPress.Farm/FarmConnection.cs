using System.Net.Sockets;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace LegacyPress.Farm;

/// <summary>
/// The farm's PostgreSQL database, from a connection string (<c>--farm</c>, <c>--connection</c> or
/// <c>LEGACYPRESS_FARM</c>). Messages name it by host, port and database only: the string may hold a password, so
/// it is never shown or logged (a password can also come from a 0600 <c>~/.pgpass</c> or <c>Passfile=</c>).
/// </summary>
public sealed class FarmConnection
{
    /// <summary>The environment variable a connection string is read from when the command line gives none.</summary>
    public const string EnvironmentVariable = "LEGACYPRESS_FARM";

    private readonly string connectionString;

    private FarmConnection(string connectionString, string display)
    {
        this.connectionString = connectionString;
        Display = display;
    }

    /// <summary>Host, port and database: what messages call the farm.</summary>
    public string Display { get; }

    /// <exception cref="FarmException">The text is not a PostgreSQL connection string, or names no host.</exception>
    public static FarmConnection Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FarmException($"no farm database: give a connection string (\"Host=…;Database=…;Username=…\") or set {EnvironmentVariable}");
        }
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(text);
        }
        catch (ArgumentException)
        {
            // The parser's message may quote the string; only its key is safe to show.
            throw new FarmException($"the farm connection is not a PostgreSQL connection string (Host=…;Database=…): {SafeReason(text)}");
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new FarmException("the farm connection names no Host=");
        }
        // Connection failures should come back in seconds, not Npgsql's 15 s, unless the string says otherwise.
        if (!text.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 5;
        }
        builder.ApplicationName ??= "legacypress";
        return new FarmConnection(builder.ConnectionString, $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}");
    }

    /// <summary>The connection string given, else <see cref="EnvironmentVariable"/>.</summary>
    /// <exception cref="FarmException">Neither is set, or the one found does not parse.</exception>
    public static FarmConnection FromOptionOrEnvironment(string? option) =>
        Parse(string.IsNullOrWhiteSpace(option) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : option);

    /// <summary>
    /// Hangfire's storage on this database, its tables made on first use; checked reachable first. The process's shared
    /// Hangfire settings (<see cref="FarmHangfire"/>) are applied here, before any job is read or written through it.
    /// </summary>
    /// <exception cref="FarmException">The database cannot be reached or refuses us.</exception>
    public PostgreSqlStorage OpenStorage(FarmTimings timings)
    {
        FarmHangfire.ConfigureGlobal();
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = FarmTimings.Schema,
            QueuePollInterval = timings.QueuePollInterval,
            InvisibilityTimeout = timings.InvisibilityTimeout,
            // A live worker keeps refreshing its claim on a piece, so a short timeout fits pieces of any length:
            // only a worker that died (killed, machine gone) lets its piece go to another after the timeout.
            UseSlidingInvisibilityTimeout = true,
            PrepareSchemaIfNecessary = true,
        };
        try
        {
            using (var probe = new NpgsqlConnection(connectionString))
            {
                probe.Open();
            }
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
        }
        catch (Exception e) when (Unreachable(e) is { } reason)
        {
            throw new FarmException($"cannot reach the farm database {Display}: {reason}");
        }
    }

    /// <summary>A new, unopened connection to the farm's database, for reads Hangfire's API makes one job at a time.</summary>
    internal NpgsqlConnection NewConnection() => new(connectionString);

    /// <summary>Why a connection failed, in the server's or the network's words; null for an exception that is not one.</summary>
    public static string? Unreachable(Exception e) => e switch
    {
        PostgresException p => $"{p.MessageText} ({p.SqlState})",
        NpgsqlException { InnerException: SocketException s } => s.Message,
        NpgsqlException { InnerException: TimeoutException } => "timed out",
        NpgsqlException n => n.Message,
        SocketException s => s.Message,
        TimeoutException => "timed out",
        _ => null,
    };

    /// <summary>The first key Npgsql refuses, tried one at a time; keys are safe to show, values (a password) are not.</summary>
    private static string SafeReason(string text)
    {
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals].Trim();
            try
            {
                _ = new NpgsqlConnectionStringBuilder(part);
            }
            catch (ArgumentException)
            {
                return equals < 0 ? "a part has no '=' (key=value; …)" : $"'{key}' is not a key Npgsql knows, or its value is not one it takes";
            }
        }
        return "it does not parse";
    }
}
