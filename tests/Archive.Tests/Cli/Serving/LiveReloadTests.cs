using Archive.Cli.Serving;

namespace Archive.Tests.Cli.Serving;

public class LiveReloadTests
{
    [Fact]
    public void A_good_build_is_a_reload_event_with_its_id()
    {
        Assert.Equal("id: ab-2\nevent: reload\ndata: ab-2\n\n", LiveReload.Event(new BuildState("ab-2", []), reload: false));
    }

    [Fact]
    public void A_failed_build_is_an_errors_event_with_one_data_field_per_line()
    {
        var state = new BuildState("ab-3", ["a.yml:1:1: error: one\r\nand its second line", "1 error(s), 0 warning(s)"]);

        Assert.Equal(
            "id: ab-3\nevent: errors\ndata: a.yml:1:1: error: one\ndata: and its second line\ndata: 1 error(s), 0 warning(s)\n\n",
            LiveReload.Event(state, reload: false));
    }

    [Fact]
    public void A_tab_behind_is_told_to_reload_even_when_the_latest_build_failed()
    {
        // The reloaded page carries the overlay, and whatever good build came in between.
        Assert.Contains("event: reload\n", LiveReload.Event(new BuildState("ab-3", ["x:1:1: error: y"]), reload: true), StringComparison.Ordinal);
    }
}
