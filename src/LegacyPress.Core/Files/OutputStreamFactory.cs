namespace LegacyPress.Core.Files;

/// <summary>
/// Opens the temporary file an <see cref="OutputFile"/> fills: <see cref="OutputFile.OnDisk"/> in every run, handed
/// from the run's environment to the writers LegacyPress owns (PDFs, promo images, JSON, captions, the mix's scratch
/// and stems). A test passes one whose disk fills up after so many bytes where a small real disk cannot be mounted.
/// Files a tool writes itself (ffmpeg's MP4s and normalised mix) never pass here.
/// </summary>
public delegate Stream OutputStreamFactory(string temporaryPath, FileStreamOptions options);
