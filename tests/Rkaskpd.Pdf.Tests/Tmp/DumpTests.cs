using System.IO;
using Rkaskpd.Tests.Text.Unseen;
using Xunit;

namespace Rkaskpd.Pdf.Tests.Tmp;

public class DumpTests
{
    [Fact]
    public void Dump()
    {
        foreach (string name in new[] { "simda-2019-rka-skpd-221-crystal.pdf" })
        {
            File.WriteAllText("/tmp/" + name + ".txt", RkaPdfReader.Extract(UnseenData.Bytes(name)).Text);
        }
    }
}
