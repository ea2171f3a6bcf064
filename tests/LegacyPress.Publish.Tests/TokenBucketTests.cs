using LegacyPress.Publish.Http;

namespace LegacyPress.Publish.Tests;

public sealed class TokenBucketTests
{
    private const double Rate = 100_000;
    private const double Burst = 10_000;

    [Fact]
    public void A_full_bucket_lets_the_burst_go_at_once_and_then_paces_at_the_rate()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(Rate, Burst, clock);

        Assert.Equal(TimeSpan.Zero, bucket.Take(10_000));
        // Empty now: 5,000 more bytes are 50 ms of refill away.
        Assert.Equal(TimeSpan.FromMilliseconds(50), bucket.Take(5_000));
    }

    [Fact]
    public void Sending_for_ten_seconds_moves_the_rate_times_ten_plus_one_burst()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(Rate, Burst, clock);
        long sent = 0;
        var start = clock.GetUtcNow();
        // A sender that always waits as told: after 10 s it has sent 10 s of rate and the first burst, no more.
        while (clock.GetUtcNow() - start < TimeSpan.FromSeconds(10))
        {
            clock.Advance(bucket.Take(4_000));
            sent += 4_000;
        }
        Assert.InRange(sent, 10 * Rate, 10 * Rate + Burst + 4_000);
    }

    [Fact]
    public void A_long_idle_spell_banks_no_more_than_the_burst()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(Rate, Burst, clock);
        bucket.Take(10_000);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, bucket.Take(10_000));
        Assert.Equal(TimeSpan.FromMilliseconds(10), bucket.Take(1_000));
    }

    [Fact]
    public void A_take_bigger_than_the_burst_waits_for_its_debt()
    {
        var clock = new ManualClock();
        var bucket = new TokenBucket(Rate, Burst, clock);

        Assert.Equal(TimeSpan.FromSeconds(1), bucket.Take(110_000));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromMilliseconds(10), bucket.Take(1_000));
    }

    [Fact]
    public void The_burst_is_a_tenth_of_a_second_but_never_less_than_a_slice()
    {
        Assert.Equal(50_000, TokenBucket.ForRate(500_000, 16 * 1024, new ManualClock()).BurstBytes);
        Assert.Equal(16 * 1024, TokenBucket.ForRate(20_000, 16 * 1024, new ManualClock()).BurstBytes);
    }
}
