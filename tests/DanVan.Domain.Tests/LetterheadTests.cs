using System.Text.Json.Nodes;
using DanVan.Domain.OfficialReports;
using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

/// <summary>The plan file's "letterhead" (who issues and signs the official reports) and the office's report texts.</summary>
public class LetterheadTests
{
    private static string Reject(JsonObject json) =>
        Assert.Throws<InvalidDataException>(() => PlanFile.Parse(TestData.ToStream(json.ToJsonString()))).Message;

    [Fact]
    public void The_2024_plan_names_the_issuer_and_signer_as_on_the_plan_itself()
    {
        var head = TestData.Plan2024.Letterhead!;

        Assert.Equal("UBND TỈNH TÂY NINH", head.GoverningBody);
        Assert.Equal("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", head.IssuingBody);
        Assert.Equal("SNN", head.Symbol);
        Assert.Equal("Tây Ninh", head.Place);
        Assert.Equal(("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""), (head.SignerAuthority, head.SignerTitle, head.SignerName));
        Assert.Equal(["Sở Nội vụ;", "Ban Dân vận Tỉnh ủy;", "Lãnh đạo Sở;", "Lưu: VT, VP."], head.Recipients);
    }

    [Fact]
    public void A_plan_without_a_letterhead_loads_and_has_none()
    {
        var json = TestData.PlanJson();
        json.Remove("letterhead");

        Assert.Null(PlanFile.Parse(TestData.ToStream(json.ToJsonString())).Letterhead);
    }

    [Fact]
    public void A_letterhead_with_a_missing_line_a_bad_symbol_a_line_break_or_a_misspelt_key_stops_start_up()
    {
        var json = TestData.PlanJson();
        var head = json["letterhead"]!.AsObject();
        head["issuingBody"] = " ";
        head["symbol"] = "snn/1";
        head["signerTitle"] = "PHÓ\nGIÁM ĐỐC";
        Assert.Contains("letterhead.issuingBody is missing", Reject(json));
        Assert.Contains("letterhead.symbol 'snn/1' must be capital letters", Reject(json));
        Assert.Contains("letterhead.signerTitle must be one line", Reject(json));

        json = TestData.PlanJson();
        json["letterhead"]!["signer"] = "Nguyễn Văn A";
        Assert.Contains("signer", Reject(json));
    }

    [Fact]
    public void The_offices_texts_are_normalised_split_into_paragraphs_and_capped()
    {
        var ok = DepartmentReportFields.Validate(new Dictionary<string, string?>
        {
            ["leadership"] = "  Đoạn một.\r\n\r\n\tĐoạn hai.  \n", ["assessment"] = "", ["directions"] = null,
            ["recommendations"] = "Kie\u0302\u0301n nghị",
        });
        Assert.True(ok.IsValid);
        Assert.Equal(new DepartmentReportTexts("Đoạn một.\nĐoạn hai.", null, null, "Kiến nghị"), ok.Value);

        var bad = DepartmentReportFields.Validate(new Dictionary<string, string?>
        {
            ["leadership"] = new string('x', DepartmentReportFields.MaxLength + 1),
            ["assessment"] = "Xuống dòng mềm\u000Bcủa Word",
            ["directions"] = string.Join("\n", Enumerable.Repeat("đoạn", DepartmentReportFields.MaxParagraphs + 1)),
        });
        Assert.False(bad.IsValid);
        Assert.Equal(["leadership", "assessment", "directions"], bad.Errors.Select(e => e.Field));
    }
}
