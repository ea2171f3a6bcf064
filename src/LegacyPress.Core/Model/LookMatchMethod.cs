namespace LegacyPress.Core.Model;

/// <summary>How a shot's colours are moved towards its look group's reference.</summary>
public enum LookMatchMethod
{
    /// <summary>Mean and spread of each channel in a decorrelated colour space (Reinhard et al. 2001).</summary>
    Reinhard,
    /// <summary>Monge–Kantorovich linear transfer: the whole colour covariance, not channel by channel (Pitié 2007).</summary>
    Mkl,
    /// <summary>Each channel's histogram mapped onto the reference's.</summary>
    Histogram,
}
