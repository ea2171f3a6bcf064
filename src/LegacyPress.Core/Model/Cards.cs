namespace LegacyPress.Core.Model;

/// <summary>The text cards of a film: opening title, one per act, and the end-credits roll.</summary>
public sealed record Cards(OpeningCard? Opening, ActCards? Acts, CreditsCard? Credits);

/// <summary>The title card that opens the film (title and tagline).</summary>
public sealed record OpeningCard(double DurationSeconds, TransitionSpec Transition);

/// <summary>Cards that announce each act ("Act I — Legacy").</summary>
public sealed record ActCards(double DurationSeconds, TransitionSpec Transition);

/// <summary>The end-credits roll built from the credits list. Null duration: as long as the list needs.</summary>
public sealed record CreditsCard(double? DurationSeconds);
