using Rkaskpd.Testing;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests.PublicApi;

/// <summary>
/// Keeps the whole public API of Rkaskpd.Spreadsheet under review: any change to it shows up as a diff of
/// <c>PublicApi.approved.txt</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() =>
        ApiApproval.Verify(typeof(RkaXlsxWriter).Assembly, "Rkaskpd.Spreadsheet.Tests.csproj");
}
