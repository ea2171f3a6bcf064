using LegacyPress.Core.Model;
using LegacyPress.Core.Planning;
using LegacyPress.Render.Encoding;
using LegacyPress.Render.Frames;

namespace LegacyPress.Render.Films;

/// <summary>
/// Makes the drawer for a film at a preset's size: the seam where composition plugs into rendering.
/// A drawer that is <see cref="IDisposable"/> is disposed when the render ends.
/// </summary>
public delegate IFrameDrawer FrameDrawerFactory(Film film, Timeline timeline, RenderPreset preset);
