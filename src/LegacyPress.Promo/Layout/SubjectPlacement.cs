namespace LegacyPress.Promo.Layout;

/// <summary>
/// Which of a template's placements keeps its titles off the key art's subject: the first (0 is the boxes as written,
/// then each alternative in the order given) in which no movable box covers the subject's point; the first when
/// every placement covers it or the subject is unknown. Deterministic and pure.
/// </summary>
public static class SubjectPlacement
{
    public static int Choose(IReadOnlyList<IReadOnlyList<PixelRect>> boxesByPlacement, PixelPoint? subject)
    {
        if (subject is not { } point)
        {
            return 0;
        }
        for (var i = 0; i < boxesByPlacement.Count; i++)
        {
            if (!boxesByPlacement[i].Any(box => box.Contains(point)))
            {
                return i;
            }
        }
        return 0;
    }
}
