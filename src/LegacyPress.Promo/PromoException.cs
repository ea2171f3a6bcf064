namespace LegacyPress.Promo;

/// <summary>A promo run that cannot go on, with a message written for the film-maker (file and field named).</summary>
public sealed class PromoException(string message) : Exception(message);
