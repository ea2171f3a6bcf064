using System.Text.Json;
using Npgsql;

namespace LegacyPress.Farm.Tests;

/// <summary>Reads Hangfire's own tables (schema <see cref="FarmTimings.Schema"/>) of one farm database, as the tests' evidence.</summary>
internal sealed class FarmDatabase(string connectionString)
{
    private const string Schema = FarmTimings.Schema;

    /// <summary>One job's state history, oldest first: each state's name and, for Processing, the worker (server id) that ran it.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<(string State, string? Server)>>> HistoriesAsync()
    {
        var histories = new Dictionary<long, List<(string, string?)>>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select jobid, name, data::text from {Schema}.state order by id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var data = reader.IsDBNull(2) ? null : JsonDocument.Parse(reader.GetString(2));
            var server = data is not null && data.RootElement.TryGetProperty("ServerId", out var s) ? s.GetString() : null;
            var job = reader.GetInt64(0);
            if (!histories.TryGetValue(job, out var list))
            {
                histories[job] = list = [];
            }
            list.Add((reader.GetString(1), server));
        }
        return histories.ToDictionary(h => h.Key, h => (IReadOnlyList<(string, string?)>)h.Value);
    }

    /// <summary>Every job's current state name.</summary>
    public async Task<IReadOnlyList<string>> CurrentStatesAsync()
    {
        var states = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select statename from {Schema}.job order by id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }
        return states;
    }

    public async Task<long> JobCountAsync() => (long)(await ScalarAsync($"select count(*) from {Schema}.job"))!;

    /// <summary>The job now being rendered and the worker rendering it, if any.</summary>
    public async Task<(long Job, string Server)?> ProcessingAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select j.id, s.data->>'ServerId' from {Schema}.job j join {Schema}.state s on s.id = j.stateid where j.statename = 'Processing' limit 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public async Task<IReadOnlyList<string>> ServersAsync()
    {
        var servers = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        try
        {
            await using var command = new NpgsqlCommand($"select id from {Schema}.server", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                servers.Add(reader.GetString(0));
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No worker has made the farm's tables yet.
        }
        return servers;
    }

    /// <summary>The process id in a Hangfire server id (<c>host:pid:guid</c>).</summary>
    public static int Pid(string serverId) => int.Parse(serverId.Split(':')[^2], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
