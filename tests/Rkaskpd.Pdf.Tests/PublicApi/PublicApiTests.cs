using Rkaskpd.Testing;
using Xunit;

namespace Rkaskpd.Pdf.Tests.PublicApi;

/// <summary>
/// Keeps the whole public API of Rkaskpd.Pdf under review: any change to it shows up as a diff of
/// <c>PublicApi.approved.txt</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() =>
        ApiApproval.Verify(typeof(RkaPdfReader).Assembly, "Rkaskpd.Pdf.Tests.csproj");
}
