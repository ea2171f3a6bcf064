using Google.Apis.Json;
using Google.Apis.Util.Store;
using LegacyPress.Core.Files;

namespace LegacyPress.Publish.Auth;

/// <summary>
/// Google's token store as one JSON file per key, readable only by the user (0600, folder 0700). Google's own
/// FileDataStore leaves the mode to the umask, which on many machines lets every local user read the refresh token.
/// </summary>
public sealed class PrivateFileDataStore(string folder, string prefix) : IDataStore
{
    public string PathOf(string key) => Path.Combine(folder, $"{prefix}-{key}.json");

    public Task StoreAsync<T>(string key, T value)
    {
        CreatePrivateFolder();
        OutputFile.WriteAllText(PathOf(key), NewtonsoftJsonSerializer.Instance.Serialize(value), privateToUser: true);
        return Task.CompletedTask;
    }

    public Task DeleteAsync<T>(string key)
    {
        // Deleting what is not there (not even the folder) is done.
        if (File.Exists(PathOf(key)))
        {
            File.Delete(PathOf(key));
        }
        return Task.CompletedTask;
    }

    public Task<T> GetAsync<T>(string key)
    {
        var path = PathOf(key);
        return Task.FromResult(File.Exists(path) ? NewtonsoftJsonSerializer.Instance.Deserialize<T>(File.ReadAllText(path)) : default!);
    }

    public Task ClearAsync()
    {
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, $"{prefix}-*.json") : [])
        {
            File.Delete(file);
        }
        return Task.CompletedTask;
    }

    private void CreatePrivateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
