namespace LegacyPress.Render.Audio.Dsp;

/// <summary>A slowly wandering control value in [0, 1]: cosine-interpolated random targets, a new one every so often.</summary>
/// <remarks>Drives wind gusts, filter wander and flutter, where an LFO would sound too regular.</remarks>
public sealed class SmoothRandom
{
    private readonly DeterministicRandom _random;
    private readonly double _minSegmentSamples;
    private readonly double _maxSegmentSamples;
    private double _from;
    private double _to;
    private double _position;
    private double _length;

    public SmoothRandom(DeterministicRandom random, double rateHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rateHz);
        _random = random;
        double meanSamples = StereoBuffer.SampleRate / rateHz;
        _minSegmentSamples = meanSamples * 0.6;
        _maxSegmentSamples = meanSamples * 1.4;
        _from = random.NextDouble();
        _to = random.NextDouble();
        _length = random.Range(_minSegmentSamples, _maxSegmentSamples);
        _position = random.Range(0, _length);
    }

    public double Next()
    {
        if (_position >= _length)
        {
            _position -= _length;
            _from = _to;
            _to = _random.NextDouble();
            _length = _random.Range(_minSegmentSamples, _maxSegmentSamples);
        }

        double shape = 0.5 - (0.5 * Math.Cos(Math.PI * _position / _length));
        _position++;
        return _from + ((_to - _from) * shape);
    }
}
