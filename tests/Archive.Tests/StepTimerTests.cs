namespace Archive.Tests;

public class StepTimerTests
{
    [Fact]
    public void A_step_returns_its_work_and_is_listed_once_it_ends()
    {
        var timer = new StepTimer();

        var result = timer.Time("load content", () => 42);

        Assert.Equal(42, result);
        var step = Assert.Single(timer.Steps);
        Assert.Equal("load content", step.Step);
        Assert.True(step.Elapsed >= TimeSpan.Zero);
    }

    [Fact]
    public void A_step_that_fails_is_still_listed()
    {
        var timer = new StepTimer();

        Assert.Throws<IOException>(() => timer.Time("publish output", () => throw new IOException("disk full")));

        Assert.Equal("publish output", Assert.Single(timer.Steps).Step);
    }
}
