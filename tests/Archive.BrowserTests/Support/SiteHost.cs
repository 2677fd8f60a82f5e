namespace Archive.BrowserTests.Support;

/// <summary>Where a reader finds the site: opened from disk, or published in a subfolder of a web server.</summary>
public enum SiteHost
{
    Disk,
    Subfolder,
}
