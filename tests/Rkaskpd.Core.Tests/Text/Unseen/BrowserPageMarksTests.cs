using System;
using System.IO;
using System.Linq;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>A web page printed with the browser's own header and footer (date, time and title atop each page; the
/// address and the page number at its foot), then turned into fixed-width text: the same print without them reads the
/// same, the header before the form's title included.</summary>
public class BrowserPageMarksTests
{
    [Theory]
    [InlineData("sipd-2025-rka-sub-kegiatan.layout.txt")]
    [InlineData("simda-2016-rka-skpd-221.layout.txt")]
    [InlineData("sipd-2023-rka-rincian-belanja.layout.txt")]
    [InlineData("writer-2017-rka-skpd-221-two-kegiatan.layout.txt")]
    public void A_browser_s_page_header_and_footer_read_as_without_them(string document)
    {
        string text = File.ReadAllText(UnseenData.PathOf(document)).ReplaceLineEndings("\n");
        const string Header = "12/4/26, 9:35 PM                                   SIPD-RI | Cetak RKA Sub Kegiatan\n\n";
        const string Footer = "\nfile:///home/user/Unduhan/cetak.html                                                 {0}/3\n";
        int page = 1;
        string printed = Header + string.Join("\f", text.Split('\f').Select((p, i) => i == 0 ? p : string.Format(System.Globalization.CultureInfo.InvariantCulture, Footer, page++) + Header + p));

        RkaReadResult expected = RkaTextReader.Read(text);
        RkaReadResult read = RkaTextReader.Read(printed);

        Assert.NotEqual(text, printed);
        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => (d.Code, d.Path)), read.Validate().Select(d => (d.Code, d.Path)));
    }
}
