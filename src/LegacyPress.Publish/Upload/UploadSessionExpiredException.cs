namespace LegacyPress.Publish.Upload;

/// <summary>The server no longer knows the upload session (404/410, sessions last about a week): start a new one.</summary>
internal sealed class UploadSessionExpiredException() : Exception("the upload session has expired");
