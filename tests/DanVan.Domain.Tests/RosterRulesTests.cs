using DanVan.Domain.Roster;

namespace DanVan.Domain.Tests;

public class RosterRulesTests
{
    private static readonly Unit[] Units = [new("CCKL", "Chi cục Kiểm lâm"), new("TTKN", "Trung tâm Khuyến nông")];

    private static Dictionary<string, string?> Fields(params (string Key, string? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void A_new_unit_is_cleaned_and_its_id_upper_cased()
    {
        var draft = RosterRules.NewUnit(Fields((RosterFields.UnitId, " ccpt "), (RosterFields.UnitName, "  Chi cục   Phát triển nông thôn ")), Units);

        Assert.Empty(draft.Errors);
        Assert.Equal(new Unit("CCPT", "Chi cục Phát triển nông thôn"), draft.Unit);
    }

    [Theory]
    [InlineData(null, "Tên", RosterFields.UnitId, RosterProblem.Required)]
    [InlineData("CC KL", "Tên", RosterFields.UnitId, RosterProblem.BadUnitId)]
    [InlineData("CCKL/2", "Tên", RosterFields.UnitId, RosterProblem.BadUnitId)]
    [InlineData("ĐT", "Tên", RosterFields.UnitId, RosterProblem.BadUnitId)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", "Tên", RosterFields.UnitId, RosterProblem.BadUnitId)]
    [InlineData("cckl", "Tên mới", RosterFields.UnitId, RosterProblem.DuplicateUnitId)]
    [InlineData("NEW", "  chi CỤC  kiểm lâm", RosterFields.UnitName, RosterProblem.DuplicateUnitName)]
    [InlineData("NEW", "   ", RosterFields.UnitName, RosterProblem.Required)]
    public void A_new_unit_is_refused_with_the_field_and_the_reason(string? id, string? name, string field, RosterProblem problem)
    {
        var draft = RosterRules.NewUnit(Fields((RosterFields.UnitId, id), (RosterFields.UnitName, name)), Units);

        Assert.Null(draft.Unit);
        Assert.Equal(new RosterError(field, problem, draft.Errors[0].Detail), Assert.Single(draft.Errors));
    }

    [Fact]
    public void Duplicates_name_the_unit_already_using_the_id_or_name()
    {
        var draft = RosterRules.NewUnit(Fields((RosterFields.UnitId, "CCKL"), (RosterFields.UnitName, "Trung tâm khuyến nông")), Units);

        Assert.Equal([new(RosterFields.UnitId, RosterProblem.DuplicateUnitId, "Chi cục Kiểm lâm"), new(RosterFields.UnitName, RosterProblem.DuplicateUnitName, "TTKN")],
            draft.Errors);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        var draft = RosterRules.NewUnit(Fields((RosterFields.UnitId, "X"), (RosterFields.UnitName, new string('a', RosterRules.MaxUnitNameLength + 1))), Units);

        Assert.Equal(new RosterError(RosterFields.UnitName, RosterProblem.TooLong, "150"), Assert.Single(draft.Errors));
    }

    [Fact]
    public void A_unit_may_keep_its_own_name_in_another_case_but_not_take_another_units()
    {
        var (name, errors) = RosterRules.Rename(Units[0], Fields((RosterFields.UnitName, "CHI CỤC KIỂM LÂM")), Units);
        Assert.Equal("CHI CỤC KIỂM LÂM", name);
        Assert.Empty(errors);

        (name, errors) = RosterRules.Rename(Units[0], Fields((RosterFields.UnitName, "Trung tâm Khuyến nông")), Units);
        Assert.Null(name);
        Assert.Equal(RosterProblem.DuplicateUnitName, Assert.Single(errors).Problem);
    }

    [Theory]
    [InlineData("NguyenVanA@TayNinh.gov.vn", null, "nguyenvana@tayninh.gov.vn")]
    [InlineData("  b@example.com ", null, "b@example.com")]
    [InlineData("0000000A-0000-0000-0000-000000000020", "0000000a-0000-0000-0000-000000000020", null)]
    public void An_account_is_an_email_or_an_object_id(string raw, string? aad, string? upn) =>
        Assert.Equal(new Account(aad, upn), RosterRules.ParseAccount(raw));

    [Theory]
    [InlineData("nguyenvana")]
    [InlineData("a@b")]
    [InlineData("a @b.vn")]
    [InlineData("a@@b.vn")]
    [InlineData("0000-0020")]
    [InlineData("{00000000-0000-0000-0000-000000000020}")]
    public void Anything_else_is_not_an_account(string raw) => Assert.Null(RosterRules.ParseAccount(raw));

    [Fact]
    public void A_person_needs_an_account_and_a_name()
    {
        var draft = RosterRules.Person(Fields((RosterFields.Account, "không phải email"), (RosterFields.DisplayName, " ")));

        Assert.Null(draft.Account);
        Assert.Equal([new(RosterFields.Account, RosterProblem.BadAccount), new(RosterFields.DisplayName, RosterProblem.Required)], draft.Errors);

        draft = RosterRules.Person(Fields((RosterFields.Account, "binh@example.com"), (RosterFields.DisplayName, " Nguyễn  Thị Bình ")));
        Assert.Empty(draft.Errors);
        Assert.Equal("upn:binh@example.com", draft.Account!.Key);
        Assert.Equal("Nguyễn Thị Bình", draft.DisplayName);
    }

    [Fact]
    public void A_person_picked_in_teams_wins_over_the_typed_account_and_must_be_one_object_id()
    {
        var draft = RosterRules.Person(Fields((RosterFields.Person, "33333333-0000-0000-0000-00000000000B"), (RosterFields.Account, "binh@example.com"), (RosterFields.DisplayName, "Bình")));
        Assert.Equal(new Account("33333333-0000-0000-0000-00000000000b", null), draft.Account);

        // The picker is single-select: a list of ids, or anything else, is not what it sends.
        foreach (var bad in new[] { "33333333-0000-0000-0000-00000000000b,44444444-0000-0000-0000-000000000001", "binh@example.com", "x" })
            Assert.Equal(new RosterError(RosterFields.Person, RosterProblem.BadAccount), Assert.Single(RosterRules.Person(Fields((RosterFields.Person, bad), (RosterFields.DisplayName, "Bình"))).Errors));
    }

    [Fact]
    public void An_object_id_is_typed_like_an_email_and_a_too_long_account_is_refused()
    {
        var draft = RosterRules.Person(Fields((RosterFields.Account, "33333333-0000-0000-0000-00000000000A"), (RosterFields.DisplayName, "Bình")));
        Assert.Equal(new Account("33333333-0000-0000-0000-00000000000a", null), draft.Account);

        draft = RosterRules.Person(Fields((RosterFields.Account, new string('a', 250) + "@b.vn"), (RosterFields.DisplayName, "Bình")));
        Assert.Equal(new RosterError(RosterFields.Account, RosterProblem.TooLong, "254"), Assert.Single(draft.Errors));
    }

    [Theory]
    [InlineData("office", Role.Office)]
    [InlineData(" Leader ", Role.Leader)]
    [InlineData("unithead", null)]
    [InlineData(null, null)]
    public void Only_office_and_leader_are_senior_roles(string? raw, Role? role) => Assert.Equal(role, RosterRules.ParseSeniorRole(raw));

    [Fact]
    public void The_last_office_member_cannot_be_removed_or_demoted_but_one_of_two_can()
    {
        var office = new Member(null, "vp@example.com", "Văn phòng", Role.Office, null);
        var leader = new Member("aad-ld", null, "Lãnh đạo", Role.Leader, null);

        Assert.True(RosterRules.RemovesLastOffice([office, leader], office, null));
        Assert.True(RosterRules.RemovesLastOffice([office, leader], office, office with { Role = Role.Leader }));
        Assert.False(RosterRules.RemovesLastOffice([office, leader], office, office with { DisplayName = "Văn phòng Sở" }));
        Assert.False(RosterRules.RemovesLastOffice([office, leader], leader, null));

        var second = new Member("aad-vp2", null, "Văn phòng 2", Role.Office, null);
        Assert.False(RosterRules.RemovesLastOffice([office, second, leader], office, null));
    }

    [Theory]
    [InlineData(RosterFields.UnitName, "A\u0001B", RosterProblem.ControlCharacter)]
    [InlineData(RosterFields.UnitName, "Chi cục\u000BThủy sản", RosterProblem.ControlCharacter)]
    [InlineData(RosterFields.UnitId, "CC\u0000TS", RosterProblem.ControlCharacter)]
    public void A_new_unit_with_control_or_broken_characters_is_refused(string field, string typed, RosterProblem problem)
    {
        var fields = Fields((RosterFields.UnitId, "CCTS"), (RosterFields.UnitName, "Chi cục Thủy sản"));
        fields[field] = typed;

        var draft = RosterRules.NewUnit(fields, Units);

        Assert.Null(draft.Unit);
        Assert.Equal(new RosterError(field, problem), Assert.Single(draft.Errors));
    }

    [Theory]
    [InlineData(RosterFields.DisplayName, "Nguyễn\u0085Văn A", RosterProblem.ControlCharacter)]
    [InlineData(RosterFields.Account, "nva\u0001@tayninh.gov.vn", RosterProblem.ControlCharacter)]
    public void A_person_with_control_or_broken_characters_is_refused(string field, string typed, RosterProblem problem)
    {
        var fields = Fields((RosterFields.Account, "nva@tayninh.gov.vn"), (RosterFields.DisplayName, "Nguyễn Văn A"));
        fields[field] = typed;

        var person = RosterRules.Person(fields);

        Assert.Null(person.Account);
        Assert.Equal(new RosterError(field, problem), Assert.Single(person.Errors));
    }

    [Fact]
    public void A_rename_with_a_control_character_is_refused()
    {
        var (name, errors) = RosterRules.Rename(Units[0], Fields((RosterFields.UnitName, "Chi cục\u0001Kiểm lâm")), Units);

        Assert.Null(name);
        Assert.Equal(new RosterError(RosterFields.UnitName, RosterProblem.ControlCharacter), Assert.Single(errors));
    }

    // Facts, not inline data: xUnit cannot carry a lone surrogate through test discovery.
    [Fact]
    public void A_lone_surrogate_in_a_name_is_refused_not_stored_as_U_FFFD()
    {
        var draft = RosterRules.NewUnit(Fields((RosterFields.UnitId, "CCTS"), (RosterFields.UnitName, "Chi cục \uD800")), Units);
        var person = RosterRules.Person(Fields((RosterFields.Account, "nva@tayninh.gov.vn"), (RosterFields.DisplayName, "Nguyễn \uDC00")));

        Assert.Equal(new RosterError(RosterFields.UnitName, RosterProblem.InvalidCharacter), Assert.Single(draft.Errors));
        Assert.Equal(new RosterError(RosterFields.DisplayName, RosterProblem.InvalidCharacter), Assert.Single(person.Errors));
    }
}
