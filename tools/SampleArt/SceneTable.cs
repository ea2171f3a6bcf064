using LegacyPress.SampleArt.Scenes;

namespace LegacyPress.SampleArt;

/// <summary>The stills of <i>Legacy: Journey Between Worlds</i>, in film order.</summary>
public static class SceneTable
{
    public static IReadOnlyList<IScene> All { get; } =
    [
        new WorkshopScene(),
        new GrandfatherPortraitScene(),
        new LetterScene(),
        new BrassDeviceScene(),
        new GearsScene(),
        new AwakeningScene(),
        new PortalScene(),
        new ThresholdScene(),
        new SkyshipsScene(),
        new CrystalForestScene(),
        new ClockworkCityScene(),
        new StormScene(),
        new ReturnScene(),
        new LegacyFinalScene(),
    ];
}
