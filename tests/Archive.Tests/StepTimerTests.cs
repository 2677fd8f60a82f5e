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

    [Fact]
    public void The_build_takes_as_long_as_it_ran_not_the_sum_of_steps_that_ran_side_by_side()
    {
        var timer = new StepTimer();

        // A step inside another overlaps it entirely, as the manifest read overlaps the site model.
        timer.Time("build site model", () => timer.Time("read the last build", () => Thread.Sleep(30)));

        var steps = timer.Steps.ToDictionary(s => s.Step, s => s.Elapsed);
        Assert.True(timer.Elapsed >= steps["build site model"]);
        Assert.True(timer.Elapsed < steps["build site model"] + steps["read the last build"], $"{timer.Elapsed} for {string.Join(", ", steps)}");
    }
}
