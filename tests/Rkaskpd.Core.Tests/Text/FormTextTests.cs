using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

public sealed class FormTextTests
{
    [Theory]
    [InlineData("<p>Tersedianya&nbsp;dana</p>", "Tersedianya dana")]
    [InlineData("<ul><li>Perbup No. 86</li><li>Renstra</li></ul>", "Perbup No. 86\nRenstra")]
    [InlineData(null, "")]
    public void ToPlainText_removes_markup(string? cell, string plain) =>
        Assert.Equal(plain, FormText.ToPlainText(cell));

    [Fact]
    public void ToPlainText_returns_plain_text_itself()
    {
        const string cell = "Administrasi Perkantoran Kecamatan Lumajang";
        Assert.Same(cell, FormText.ToPlainText(cell));
    }
}
