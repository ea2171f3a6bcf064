using System.Globalization;
using Npgsql;

namespace LegacyPress.Farm;

/// <summary>A piece's job as the coordinator watches it: its state's name and the frames its worker has encoded.</summary>
public sealed record JobState(string? Name, int FramesDone);

/// <summary>
/// The states of many jobs in one query of Hangfire.PostgreSql's own tables (<c>job</c>, <c>jobparameter</c>), for
/// the coordinator's progress: Hangfire's storage API reads one job per round trip, and a film of 300 pieces watched
/// four times a second that way costs a core of the machine the pieces are encoded on. Written by hand because no
/// Hangfire API reads many jobs' states at once; the schema is that of the pinned Hangfire.PostgreSql (1.21).
/// </summary>
public static class JobStates
{
    public static async Task<IReadOnlyDictionary<string, JobState>> ReadAsync(FarmConnection connection, IReadOnlyCollection<string> jobIds, CancellationToken cancellation)
    {
        var ids = jobIds.Select(id => long.Parse(id, CultureInfo.InvariantCulture)).ToArray();
        var states = new Dictionary<string, JobState>(StringComparer.Ordinal);
        await using var db = connection.NewConnection();
        await db.OpenAsync(cancellation).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            $"""
            select j.id, j.statename, p.value
            from {FarmTimings.Schema}.job j
            left join {FarmTimings.Schema}.jobparameter p on p.jobid = j.id and p.name = @frames
            where j.id = any(@ids)
            """, db);
        command.Parameters.AddWithValue("frames", PieceJob.FramesParameter);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            var frames = reader.IsDBNull(2) ? 0 : int.TryParse(reader.GetString(2).Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
            states[reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)] = new JobState(reader.IsDBNull(1) ? null : reader.GetString(1), frames);
        }
        return states;
    }
}
