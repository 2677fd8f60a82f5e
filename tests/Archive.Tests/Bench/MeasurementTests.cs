using Archive.Bench;

namespace Archive.Tests.Bench;

public class MeasurementTests
{
    [Fact]
    public void A_median_takes_the_middle_of_each_figure_apart_and_keeps_every_run_s_wall_time()
    {
        var median = Measurement.Median(
        [
            new Measurement(2.0, 2.5, 1.0, 120_000),
            new Measurement(4.0, 2.4, 3.0, 110_000),
            new Measurement(1.8, 2.6, 1.1, 130_000),
        ]);

        Assert.Equal(2.0, median.WallSeconds);
        Assert.Equal(2.5, median.UserSeconds);
        Assert.Equal(1.1, median.SystemSeconds);
        Assert.Equal(3.6, median.CpuSeconds, precision: 10);
        Assert.Equal(120_000, median.PeakKilobytes);
        Assert.Equal([2.0, 4.0, 1.8], median.RunWallSeconds);
    }
}
