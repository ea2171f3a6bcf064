using LegacyPress.SampleArt;

var outDir = args.Length > 0 ? args[0] : Path.Combine("samples", "legacy", "images");
Directory.CreateDirectory(outDir);

var only = args.Skip(1).ToHashSet(StringComparer.OrdinalIgnoreCase);
var scenes = SceneTable.All.Where(s => only.Count == 0 || only.Contains(s.FileName)).ToList();

// Each still has its own seeded generator, so painting them in parallel stays deterministic.
Parallel.ForEach(scenes, scene =>
{
    var jpeg = StillRenderer.Render(scene);
    File.WriteAllBytes(Path.Combine(outDir, scene.FileName), jpeg);
    Console.WriteLine($"{scene.FileName,-26} {scene.Size.Width}x{scene.Size.Height}  {jpeg.Length / 1024,6} KiB");
});

File.WriteAllText(Path.Combine(outDir, "FOCUS.md"), FocusNotes.Markdown(SceneTable.All));
return 0;
