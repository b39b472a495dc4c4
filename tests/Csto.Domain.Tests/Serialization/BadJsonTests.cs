using Csto.Domain.Serialization;

namespace Csto.Domain.Tests.Serialization;

public sealed class BadJsonTests
{
    private const string Session = """
        {
          "template": "session-communique",
          "record": {
            "kind": "event",
            "type": "session",
            "number": 42,
            "date": "2025-12-03",
            "bodyIds": ["wg-afghanistan"]
          }
        }
        """;

    [Fact]
    public void A_valid_file_reads()
    {
        var file = CstoJson.Read(Session, "ok.json");
        file.Template.Should().Be("session-communique");
    }

    [Fact]
    public void A_wrong_date_format_names_the_line_position_path_and_the_expected_form()
    {
        var json = Session.Replace("\"2025-12-03\"", "\"03.12.2025\"", StringComparison.Ordinal);
        var act = () => CstoJson.Read(json, "wg.json");
        var error = act.Should().Throw<CstoDataException>().Which;
        error.SourceName.Should().Be("wg.json");
        error.LineNumber.Should().Be(7);
        error.BytePositionInLine.Should().Be(12, "the value's own start");
        error.Path.Should().Be("$.record.date");
        error.Detail.Should().Be("Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"03.12.2025\".");
        error.Message.Should().Be("wg.json:7:12: $.record.date: Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"03.12.2025\".");
    }

    [Fact]
    public void An_unknown_kind_lists_the_kinds()
    {
        var json = Session.Replace("\"kind\": \"event\"", "\"kind\": \"meeting\"", StringComparison.Ordinal);
        var error = Read(json);
        error.LineNumber.Should().Be(4, "the kind's own line");
        error.Path.Should().Be("$.record.kind");
        error.Detail.Should().Be("Unknown kind \"meeting\"; expected one of: event, declaration, statement, analyticalReport, activityReport, informationMessage, decision, minutes, jointStatement, activityPlan, secretaryGeneralReport.");
    }

    [Fact]
    public void A_missing_kind_says_it_is_needed()
    {
        var json = Session.Replace("\"kind\": \"event\",", string.Empty, StringComparison.Ordinal);
        var error = Read(json);
        error.Detail.Should().StartWith("A record needs \"kind\", one of: event, declaration");
        error.Path.Should().StartWith("$.record");
        error.LineNumber.Should().NotBeNull();
    }

    [Fact]
    public void An_unknown_event_type_lists_the_types()
    {
        var json = Session.Replace("\"type\": \"session\"", "\"type\": \"summit\"", StringComparison.Ordinal);
        var error = Read(json);
        error.Path.Should().Be("$.record.type");
        error.LineNumber.Should().Be(5);
        error.BytePositionInLine.Should().Be(12, "the value's own start");
        error.Detail.Should().Be("Expected one of: session, jointMeeting, conference, seminar, pressConference, summitSession, exercise, operation, found the text \"summit\".");
    }

    [Theory]
    [InlineData("\"42\"", "Expected a whole number, such as 42, found the text \"42\".")]
    [InlineData("4.5", "Expected a whole number, such as 42, found the number 4.5.")]
    [InlineData("1e400", "Expected a whole number, such as 42, found the number 1e400, which is out of range.")]
    [InlineData("99999999999", "Expected a whole number, such as 42, found the number 99999999999, which is out of range for this field.")]
    [InlineData("9999999999999999999", "Expected a whole number, such as 42, found the number 9999999999999999999, which is out of range for this field.")]
    [InlineData("42.0", "Expected a whole number, such as 42, found the number 42.0, which is written with a fraction or exponent; write it as 42.")]
    [InlineData("1e2", "Expected a whole number, such as 42, found the number 1e2, which is written with a fraction or exponent; write it as 100.")]
    [InlineData("42.5e1", "Expected a whole number, such as 42, found the number 42.5e1, which is written with a fraction or exponent; write it as 425.")]
    [InlineData("true", "Expected a whole number, such as 42, found true.")]
    [InlineData("[42]", "Expected a whole number, such as 42, found a list [ … ].")]
    public void A_value_of_the_wrong_kind_says_what_the_field_takes_in_words_not_in_dotnet_types(string number, string expected)
    {
        var error = Read(Session.Replace("\"number\": 42", "\"number\": " + number, StringComparison.Ordinal));

        error.Detail.Should().Be(expected);
        error.Path.Should().Be("$.record.number");
        error.LineNumber.Should().Be(6);
        error.BytePositionInLine.Should().Be(14, "the value starts after «    \"number\": »");
    }

    [Theory]
    [InlineData("\"bodyIds\": [\"wg-afghanistan\"]", "\"bodyIds\": \"wg-afghanistan\"", "$.record.bodyIds",
        "Expected a list [ … ] whose items are each a catalog id in quotes, such as \"csc\" or \"secretariat\", found the text \"wg-afghanistan\".")]
    [InlineData("\"bodyIds\": [\"wg-afghanistan\"]", "\"bodyIds\": [\"wg-afghanistan\"], \"participants\": [\"secretariat\"]", "$.record.participants[0]",
        "Expected an object { … } with \"type\", one of: stateDelegation, memberStateDelegations, body, partner, organization, official, guests, found the text \"secretariat\".")]
    [InlineData("\"date\": \"2025-12-03\"", "\"date\": \"2025-12-03\", \"id\": 5", "$.record.id",
        "Expected an id in quotes, such as \"wg-afghanistan-42\", found the number 5.")]
    public void Lists_objects_and_texts_of_the_wrong_kind_are_named_in_words(string from, string to, string path, string expected)
    {
        var error = Read(Session.Replace(from, to, StringComparison.Ordinal));

        error.Path.Should().Be(path);
        error.Detail.Should().Be(expected);
        error.Detail.Should().NotContainAny("System.", "Csto.Domain", "Int32", "IReadOnlyList");
    }

    [Fact]
    public void A_record_that_is_a_list_is_named_in_words()
    {
        var error = Read("""{ "template": "statement", "record": [] }""");

        error.Path.Should().Be("$.record");
        error.Detail.Should().StartWith("Expected an object { … } with \"kind\", one of: event,").And.EndWith(", found a list [ … ].");
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-12-31")]
    public void A_date_before_year_1_is_an_error_at_the_date(string date)
    {
        var error = Read(Session.Replace("2025-12-03", date, StringComparison.Ordinal));

        error.Path.Should().Be("$.record.date");
        error.LineNumber.Should().Be(7);
        error.Detail.Should().Be($"Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"{date}\".");
    }

    [Fact]
    public void An_unknown_participant_type_lists_the_types()
    {
        var json = Session.Replace("\"bodyIds\": [\"wg-afghanistan\"]", "\"bodyIds\": [\"wg-afghanistan\"], \"participants\": [{ \"type\": \"observer\" }]", StringComparison.Ordinal);
        var error = Read(json);
        error.Path.Should().StartWith("$.record.participants[0]");
        error.Detail.Should().Be("Unknown participant type \"observer\"; expected one of: stateDelegation, memberStateDelegations, body, partner, organization, official, guests.");
    }

    [Fact]
    public void An_unknown_property_is_rejected_with_its_path()
    {
        var json = Session.Replace("\"number\": 42,", "\"numbr\": 42,", StringComparison.Ordinal);
        var error = Read(json);
        error.Path.Should().Be("$.record.numbr");
        error.LineNumber.Should().Be(6);
        error.Detail.Should().Contain("numbr");
    }

    [Fact]
    public void Broken_syntax_names_the_line()
    {
        var json = Session.Replace("\"number\": 42,", "\"number\": 42,,", StringComparison.Ordinal);
        var error = Read(json);
        error.LineNumber.Should().Be(6);
        error.Path.Should().Be("$.record");
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var error = Read("""{ "template": "statement", "record": { "kind": "statement", "issuingBodyId": "csc", "date": "2025-11-27" } }""");
        error.Detail.Should().Be("The \"statement\" record needs \"title\" (a text in quotes, such as \"Минск\").");
        error.Path.Should().Be("$.record");
        (error.LineNumber, error.BytePositionInLine).Should().Be((1, 37), "the record object starts there");
    }

    [Fact]
    public void Every_problem_of_shape_in_a_sample_is_reported_at_once_in_the_files_terms()
    {
        var text = File.ReadAllText(Path.Combine(Samples.RepositoryFiles.SampleData, "exercise-interaction-2025.json"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var record = json["record"]!;
        record.AsObject().Remove("headline");
        var @event = record["event"]!;
        @event["type"] = "exersise";
        @event["date"] = "2025-31-08";
        @event["endDate"] = 20250906;
        @event["colour"] = "red";
        var name = @event["venue"]!["city"]!["name"]!;
        name.AsObject().Remove("english");
        name["russian"]!.AsObject().Remove("genitive");
        name["russian"]!.AsObject().Remove("dative");
        @event["venue"]!["city"]!["stateId"] = null;
        var bad = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var error = Read(bad);

        error.Problems.Select(p => $"{p.Path}: {p.Detail}").Should().Equal(
            "$.record.event.type: Expected one of: session, jointMeeting, conference, seminar, pressConference, summitSession, exercise, operation, found the text \"exersise\".",
            "$.record.event.date: Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"2025-31-08\".",
            "$.record.event.endDate: Expected a date as YYYY-MM-DD, such as \"2025-12-03\", found the number 20250906.",
            "$.record.event.venue.city.name.russian: This object needs \"genitive\" and \"dative\".",
            "$.record.event.venue.city.name: This object needs \"english\" (a text in quotes, such as \"Минск\").",
            "$.record.event.venue.city.stateId: Expected a catalog id in quotes, such as \"KG\" or \"BY\", found null.",
            "$.record.event.colour: Unknown property \"colour\"; this object takes: id, type, date, endDate, number, title, englishTitle, activityId, stage, venue, bodyIds, organizer, participants, agenda, englishAgenda, outcomes, description, provenance.",
            "$.record: The \"informationMessage\" record needs \"headline\" (a text in quotes, such as \"Минск\").");
        error.Problems.Should().OnlyContain(p => p.LineNumber != null && p.BytePositionInLine != null);
        var lines = bad.Split('\n');
        foreach (var problem in error.Problems)
        {
            var property = problem.Path!.Split('.')[^1];
            lines[(int)problem.LineNumber! - 1].Should().Contain(problem.Path == "$.record" ? "\"record\"" : $"\"{property}\"", "each problem is at its own line");
        }
        error.Message.Split('\n').Should().HaveCount(8).And.OnlyContain(line => line.StartsWith("bad.json:", StringComparison.Ordinal));
        error.Message.Should().NotContainAny("Csto.", "System.", "JSON deserialization", "constructor parameter");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void A_rule_broken_in_a_constructor_names_the_rule_the_property_and_what_was_found(string number)
    {
        var json = Session.Replace("\"number\": 42,", $"\"number\": {number},", StringComparison.Ordinal);
        var error = Read(json);
        error.Detail.Should().Be($"A session number is a whole number ≥ 1, such as 42; found the number {number}.");
        error.Detail.Should().NotContain("Actual value").And.NotContain("Parameter");
        error.SourceName.Should().Be("bad.json");
        error.Path.Should().Be("$.record.number");
        error.LineNumber.Should().Be(6);
        error.BytePositionInLine.Should().Be(14, "the value, as for a value of the wrong type");
        error.Message.Should().Be($"bad.json:6:14: $.record.number: A session number is a whole number ≥ 1, such as 42; found the number {number}.");
    }

    [Fact]
    public void An_end_date_before_the_start_is_rejected()
    {
        var json = Session.Replace("\"date\": \"2025-12-03\",", "\"date\": \"2025-12-03\", \"endDate\": \"2025-12-01\",", StringComparison.Ordinal);
        var error = Read(json);
        error.Detail.Should().Be("The end date 2025-12-01 must not be earlier than the start date 2025-12-03.");
        error.Path.Should().Be("$.record.endDate");
        error.LineNumber.Should().Be(7);
    }

    [Fact]
    public void A_broken_rule_on_a_property_that_occurs_twice_is_placed_at_the_object_that_broke_it()
    {
        const string json = """
            { "template": "analytical-report", "record": { "kind": "analyticalReport", "title": "Доклад",
              "sections": [ { "title": "Первый", "paragraphs": ["Текст"] },
                { "title": " ", "paragraphs": ["Текст"] } ] } }
            """;
        var error = Read(json);
        error.Detail.Should().Be("The title of a report section must not be empty.");
        error.Path.Should().Be("$.record.sections[1].title");
        error.LineNumber.Should().Be(3, "the second section's line, not the record's or the first section's title");
        error.BytePositionInLine.Should().Be(15, "the title value of the second section");
    }

    [Fact]
    public void A_participant_the_constructor_rejects_is_reported_at_itself_not_at_a_valid_one_with_the_same_property()
    {
        const string json = """
            { "template": "session-communique", "record": { "kind": "event", "type": "seminar", "date": "2024-02-14",
              "participants": [
                { "type": "official", "postId": "head-information-department" },
                { "type": "official", "personId": "shuvalov", "postId": "head-information-department" } ] } }
            """;
        var error = Read(json);
        error.Path.Should().Be("$.record.participants[0]", "the first participant has neither personId nor person");
        error.LineNumber.Should().Be(3);
        error.BytePositionInLine.Should().Be(4, "the object's own opening brace");
        error.Detail.Should().NotStartWith("Invalid value", "the path names the place; the message says the rule");
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_says_so_at_the_period()
    {
        const string json = """
            { "template": "activity-report", "record": { "kind": "activityReport",
              "period": { "start": "2025-12-31", "end": "2025-01-01" } } }
            """;
        var error = Read(json);
        var period = error.Problems.Should().ContainSingle(p => p.Path == "$.record.period").Which;
        period.Detail.Should().Be("The end of a period (2025-01-01) must not be earlier than its start (2025-12-31).");
        period.LineNumber.Should().Be(2);
        period.BytePositionInLine.Should().Be(12, "the period object's own start");
    }

    [Fact]
    public async Task ReadAsync_reports_the_same_way()
    {
        var json = Session.Replace("\"2025-12-03\"", "\"2025-13-03\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var act = () => CstoJson.ReadAsync(stream, "stream.json");
        (await act.Should().ThrowAsync<CstoDataException>()).Which.Path.Should().Be("$.record.date");
    }

    [Fact]
    public void A_null_record_is_rejected()
    {
        Read("""{ "template": "statement", "record": null }""").Path.Should().Be("$.record");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t\n")]
    [InlineData("\uFEFF\n")]
    public void An_empty_file_is_said_to_be_empty(string json)
    {
        var error = Read(json);
        error.Detail.Should().StartWith("The file is empty:").And.NotContain("isFinalBlock").And.NotContain("JSON tokens");
        error.LineNumber.Should().Be(1);
        Read("\n{").Detail.Should().NotStartWith("The file is empty", "a file with a brace is not empty, only cut short");
    }

    [Fact]
    public void A_property_named_like_a_computed_member_is_an_unknown_property_like_any_other()
    {
        // Issue 12 review: "dates" (Event.Dates is computed and ignored by the serializer) was skipped silently.
        const string Json = """
            {"template": "session-communique", "record": {"kind": "event", "id": "ev-dates", "type": "conference", "title": "Тест",
              "dates": {"start": "2025-11-26", "end": "2025-11-27"}}}
            """;

        var error = Read(Json);

        error.Problems.Select(p => $"{p.Path}: {p.Detail}").Should().Equal(
            "$.record.dates: Unknown property \"dates\"; did you mean \"date\"? this object takes: id, type, date, endDate, number, title, englishTitle, activityId, stage, venue, bodyIds, organizer, participants, agenda, englishAgenda, outcomes, description, provenance.");
        error.Problems.Single().LineNumber.Should().Be(2);
    }

    private static CstoDataException Read(string json)
    {
        var act = () => CstoJson.Read(json, "bad.json");
        return act.Should().Throw<CstoDataException>().Which;
    }

    [Theory]
    [InlineData("\"kind\": [1]", "$.record.kind", 4, 12, "Expected the record's kind as a text in quotes, one of: event, declaration, statement, analyticalReport, activityReport, informationMessage, decision, minutes, jointStatement, activityPlan, secretaryGeneralReport, found a list [ … ].")]
    [InlineData("\"kind\": 7", "$.record.kind", 4, 12, "Expected the record's kind as a text in quotes, one of: event, declaration, statement, analyticalReport, activityReport, informationMessage, decision, minutes, jointStatement, activityPlan, secretaryGeneralReport, found the number 7.")]
    public void A_kind_that_is_not_a_text_says_what_it_takes_and_what_was_found(string kind, string path, int line, int column, string detail)
    {
        var error = Read(Session.Replace("\"kind\": \"event\"", kind, StringComparison.Ordinal));

        var problem = error.Problems.Should().ContainSingle().Which;
        (problem.Path, problem.LineNumber, problem.BytePositionInLine, problem.Detail).Should().Be((path, line, column, detail));
    }

    [Fact]
    public void A_participant_type_that_is_not_a_text_says_what_it_takes_and_what_was_found()
    {
        var error = Read(Session.Replace("\"bodyIds\": [\"wg-afghanistan\"]", "\"bodyIds\": [\"wg-afghanistan\"], \"participants\": [{ \"type\": { } }]", StringComparison.Ordinal));

        error.Message.Should().Be(
            "bad.json:8:62: $.record.participants[0].type: Expected the participant's type as a text in quotes, one of: stateDelegation, memberStateDelegations, body, partner, organization, official, guests, found an object { … }.");
    }

    [Theory]
    [InlineData("-1e400", "Expected a whole number, such as 42, found the number -1e400, which is out of range.")]
    [InlineData("1E+400", "Expected a whole number, such as 42, found the number 1E+400, which is out of range.")]
    public void A_number_field_says_what_it_found_in_the_files_terms(string value, string detail)
    {
        var error = Read(Session.Replace("\"number\": 42,", $"\"number\": {value},", StringComparison.Ordinal));

        (error.Path, error.LineNumber, error.BytePositionInLine, error.Detail).Should().Be(("$.record.number", 6, 14, detail));
    }

    [Theory]
    [InlineData("2025-02-30", "\"2025-02-30\" is not a date: February 2025 has no day 30 (it has 28 days).")]
    [InlineData("2024-02-30", "\"2024-02-30\" is not a date: February 2024 has no day 30 (it has 29 days).")]
    [InlineData("2025-04-31", "\"2025-04-31\" is not a date: April 2025 has no day 31 (it has 30 days).")]
    [InlineData("2025-13-01", "Expected a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2025-12-03\", found \"2025-13-01\".")]
    public void A_day_that_does_not_exist_in_its_month_is_named_as_such_not_as_a_year_out_of_range(string date, string detail)
    {
        var error = Read(Session.Replace("2025-12-03", date, StringComparison.Ordinal));

        (error.Path, error.LineNumber, error.BytePositionInLine, error.Detail).Should().Be(("$.record.date", 7, 12, detail));
    }

    [Fact]
    public void A_date_given_as_a_list_says_it_found_a_list() =>
        Read(Session.Replace("\"date\": \"2025-12-03\"", "\"date\": [2025]", StringComparison.Ordinal)).Detail
            .Should().Be("Expected a date as YYYY-MM-DD, such as \"2025-12-03\", found a list [ … ].");
}
