using System.Text;
using DanVan.App.Export;
using DanVan.Cards.Export;

namespace DanVan.App.Tests;

public class ExportTokensTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("khoa-ky-lien-ket-tai-bao-cao-0123456789");
    private static readonly DateTimeOffset Now = new(2024, 10, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly ExportGrant Grant = new("aad:0000-office", "2024", ExportFormat.Csv, Now.AddMinutes(15));

    [Fact]
    public void A_signed_grant_verifies_to_itself_until_it_expires()
    {
        var tokens = new ExportTokens(Key);
        var token = tokens.Sign(Grant);

        Assert.Equal((TokenCheck.Valid, Grant), tokens.Verify(token, Now));
        Assert.Equal(TokenCheck.Valid, tokens.Verify(token, Now.AddMinutes(15).AddTicks(-1)).Check);
        Assert.Equal(TokenCheck.Expired, tokens.Verify(token, Now.AddMinutes(15)).Check);
        // URL-safe as it is: no escaping needed in a link.
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Another_key_or_any_changed_character_fails_the_signature()
    {
        var token = new ExportTokens(Key).Sign(Grant);

        Assert.Equal(TokenCheck.BadSignature, new ExportTokens(Encoding.UTF8.GetBytes("another-key-another-key-another-key!")).Verify(token, Now).Check);
        var dot = token.IndexOf('.');
        foreach (var i in new[] { 0, dot - 1, dot + 1, token.Length - 2 })
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Equal(TokenCheck.BadSignature, new ExportTokens(Key).Verify(changed, Now).Check);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("a+b.c/d")]
    public void Malformed_tokens_are_not_even_checked(string? token) =>
        Assert.Equal(TokenCheck.Malformed, new ExportTokens(Key).Verify(token, Now).Check);

    [Fact]
    public void A_signed_payload_that_is_not_a_grant_is_malformed()
    {
        var payload = System.Buffers.Text.Base64Url.EncodeToString("{\"u\":\"x\",\"p\":\"2024\",\"f\":\"pdf\",\"e\":1}"u8);
        var mac = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(payload)));
        Assert.Equal(TokenCheck.Malformed, new ExportTokens(Key).Verify(payload + "." + mac, Now).Check);
    }
}

public class CsvWriterTests
{
    [Fact]
    public void Writes_utf8_with_bom_quotes_where_needed_and_defuses_formulas()
    {
        var sheet = new Sheet(SheetKind.Units, "x", ["Đơn vị", "Số", "Ngày"],
        [
            [Cell.Of("Chi cục \"Kiểm lâm\", Tây Ninh"), Cell.Of(92.5m), Cell.Of(new DateOnly(2024, 4, 5))],
            [Cell.Of("=HYPERLINK(\"http://x\")"), Cell.Of((int?)null), Cell.Of((DateOnly?)null)],
            [Cell.Of("dòng 1\ndòng 2"), Cell.Of(1000), Cell.Empty],
        ]);

        var bytes = CsvWriter.Write(sheet);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Đơn vị,Số,Ngày\r\n\"Chi cục \"\"Kiểm lâm\"\", Tây Ninh\",92.5,05/04/2024\r\n\"'=HYPERLINK(\"\"http://x\"\")\",,\r\n\"dòng 1\ndòng 2\",1000,\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Xlsx_columns_are_lettered_like_excel()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"], new[] { 0, 25, 26, 51, 52, 701, 702 }.Select(XlsxWriter.Column));
    }
}
