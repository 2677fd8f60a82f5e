using Archive.Reading;

namespace Archive.Tests.Reading;

public class ParagraphRoleNamesTests
{
    [Theory]
    [InlineData(ParagraphRole.Lead, "lead")]
    [InlineData(ParagraphRole.Question, "question")]
    [InlineData(ParagraphRole.Answer, "answer")]
    [InlineData(ParagraphRole.Aside, "aside")]
    [InlineData(ParagraphRole.Byline, "byline")]
    [InlineData(ParagraphRole.Text, "text")]
    public void Each_role_is_written_as_pages_and_open_data_name_it(ParagraphRole role, string name) =>
        Assert.Equal(name, role.Name());
}
