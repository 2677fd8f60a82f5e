using System.Security.Cryptography;
using Archive.Bench;
using Archive.Modeling;
using Archive.Tests.Support;

namespace Archive.Tests.Bench;

public class CorpusGeneratorTests
{
    private static string Generate(int interviews, int seed = 1) => Generate(new CorpusGenerator(new CorpusSpec(interviews, seed)), _ => { });

    private static string Generate(CorpusGenerator generator, Action<GeneratedInterview> each)
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-corpus-" + Guid.NewGuid().ToString("N"));
        generator.Write(root, Path.Combine(Repository.Root, "templates"), each);
        return root;
    }

    /// <summary>The interviews <paramref name="generator"/> hands out as it writes an archive (removed again).</summary>
    private static List<GeneratedInterview> Interviews(CorpusGenerator generator)
    {
        var interviews = new List<GeneratedInterview>();
        Directory.Delete(Generate(generator, interviews.Add), recursive: true);
        return interviews;
    }

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void The_same_spec_writes_the_same_bytes_and_another_seed_other_ones()
    {
        string[] roots = [Generate(20), Generate(20), Generate(20, seed: 2)];
        try
        {
            Assert.Equal(Hashes(roots[0]), Hashes(roots[1]));
            Assert.NotEqual(Hashes(roots[0]), Hashes(roots[2]));
        }
        finally
        {
            Array.ForEach(roots, r => Directory.Delete(r, recursive: true));
        }
    }

    [Fact]
    public void A_generated_archive_builds_cleanly_with_interviews_of_the_promised_shape()
    {
        var root = Generate(60);
        try
        {
            var seeds = Directory.GetFiles(Path.Combine(root, "seeds"));
            Assert.Equal(60, seeds.Length);
            Assert.All(seeds, s => Assert.InRange(new FileInfo(s).Length, 6000, 9500));
            Assert.All(Directory.GetFiles(Path.Combine(root, "content", "interviews")), f => Assert.True(Slug.IsValid(Path.GetFileNameWithoutExtension(f))));

            var report = ArchiveBuild.Run(new BuildOptions(root, Path.Combine(root, "public"), WriteOutput: false));

            Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Take(5)));
            Assert.Empty(report.Diagnostics); // every label style the generator writes is read as a conversation
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void People_are_a_fifth_of_the_interviews_and_topics_three_hundred()
    {
        var generator = new CorpusGenerator(new CorpusSpec(500));
        var interviews = Interviews(generator);

        Assert.Equal(500, interviews.Count);
        Assert.Equal(100, generator.People.Count);
        Assert.Equal(100, generator.People.Select(Slug.From).Distinct().Count());
        Assert.Equal(300, generator.Topics.Count);
        Assert.All(interviews, i => Assert.InRange(i.Topics.Count, 3, 8));
        Assert.All(interviews, i => Assert.InRange(i.Interviewers.Count + i.Interviewees.Count, 2, 4));
    }

    [Fact]
    public void The_markdown_for_hugo_holds_every_paragraph_with_a_heading_per_question_and_each_answer_led_by_its_speaker()
    {
        var interviews = Interviews(new CorpusGenerator(new CorpusSpec(40)));

        Assert.All(interviews, interview =>
        {
            var blocks = interview.Markdown.Split("\n\n");
            var questions = blocks.Where(b => b.StartsWith("## ", StringComparison.Ordinal)).ToList();
            Assert.InRange(questions.Count, 8, 12);
            Assert.All(questions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
            var answers = blocks.Select((b, i) => (Block: b, After: i > 0 ? blocks[i - 1] : "")).Where(x => x.After.StartsWith("## ", StringComparison.Ordinal)).ToList();
            Assert.All(answers, a => Assert.Contains(interview.Interviewees, name => a.Block.StartsWith($"**{name}:** ", StringComparison.Ordinal)));
            foreach (var paragraph in interview.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(Unlabelled(paragraph).TrimEnd('\n'), interview.Markdown, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>A seed paragraph without the speaker's label the generator put before it (<c>Frage: </c>, <c>Name: </c>, <c>NAME⏎</c>).</summary>
    private static string Unlabelled(string paragraph) =>
        System.Text.RegularExpressions.Regex.Replace(paragraph, @"^(?:(?:Frage|Antwort|example\.org|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?): |\p{Lu}+\n)", "");
}
