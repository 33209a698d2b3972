using NewsWatch.Common;
using NewsWatch.Events;

namespace NewsWatch.Tests.Events;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(r => text[r]).ToList();

    [Fact]
    public void Abbreviations_and_initialisms_do_not_end_sentences()
    {
        var s = Split("Mr. Biden met Gen. Milley in Washington. The U.S. will send $1 billion to Ukraine. It arrives in Jan. next year.");
        Assert.Equal(["Mr. Biden met Gen. Milley in Washington.", "The U.S. will send $1 billion to Ukraine.", "It arrives in Jan. next year."], s);
    }

    [Fact]
    public void A_paragraphs_number_is_no_sentence_of_its_own_nor_part_of_the_first()
    {
        var s = Split("1. On February 14, the Government decided to extend aid. It goes to Türkiye.\n2. Of this amount, 5.5 million dollars will be provided.\nIn 2023. 1.5 million people fled.");
        Assert.Equal(["On February 14, the Government decided to extend aid.", "It goes to Türkiye.", "Of this amount, 5.5 million dollars will be provided.", "In 2023.", "1.5 million people fled."], s);
    }

    [Fact]
    public void An_initialism_ends_a_sentence_before_a_typical_opener()
    {
        var s = Split("The aid came from the U.S. The package is large.");
        Assert.Equal(["The aid came from the U.S.", "The package is large."], s);
    }

    [Fact]
    public void Decimals_quotes_and_line_breaks()
    {
        var s = Split("Headline without a stop\nHe said it was $1.2 billion. \"We will help,\" she said. \"It is done.\" Then more.");
        Assert.Equal(["Headline without a stop", "He said it was $1.2 billion.", "\"We will help,\" she said.", "\"It is done.\"", "Then more."], s);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  First one.   Second one!  ";
        var ranges = SentenceSplitter.Split(text);
        Assert.Equal(2, ranges.Count);
        Assert.Equal("Second one!", text[ranges[1]]);
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), ranges[1].Start.Value);
    }

    [Fact]
    public void Lines_wrapped_at_a_fixed_width_are_one_sentence_but_paragraphs_and_list_items_are_not()
    {
        const string text = "I hereby delegate to the Secretary of State the authority to direct the\n"
            + "drawdown of up to $100 million in defense articles and services of the\n"
            + "Department of Defense to provide assistance to Ukraine.\n"
            + "\n"
            + "Ukraine gets more aid\n"
            + "The package was announced on Friday by the Secretary of Defense in his\n"
            + "(1) the authority under section 614(a)(1) of the FAA to determine whether\n"
            + "- a bullet point that follows a long line without a full stop at its end";
        Assert.Equal(
            [
                "I hereby delegate to the Secretary of State the authority to direct the\ndrawdown of up to $100 million in defense articles and services of the\nDepartment of Defense to provide assistance to Ukraine.",
                "Ukraine gets more aid",
                "The package was announced on Friday by the Secretary of Defense in his",
                "(1) the authority under section 614(a)(1) of the FAA to determine whether",
                "- a bullet point that follows a long line without a full stop at its end",
            ],
            Split(text));
    }

    [Fact]
    public void Rows_of_a_table_written_as_lines_each_end_at_their_figure()
    {
        const string text = "Artillery ammunition, including shells bought jointly with other Nordic countries: 1.9 billion kronor\n"
            + "Spare parts, maintenance and training support for the armoured vehicles donated: 1.2 billion kronor\n"
            + "A long line of prose that wraps at the end of the line without any stop at all, as\n"
            + "plain-text sources do.";
        Assert.Equal(
            [
                "Artillery ammunition, including shells bought jointly with other Nordic countries: 1.9 billion kronor",
                "Spare parts, maintenance and training support for the armoured vehicles donated: 1.2 billion kronor",
                "A long line of prose that wraps at the end of the line without any stop at all, as\nplain-text sources do.",
            ],
            Split(text));
    }

    [Fact]
    public void A_releases_dated_header_line_is_a_sentence_of_its_own()
    {
        const string text = "February 13, 2024 - Brussels, Belgium - National Defence / Canadian Armed Forces\n"
            + "Today, the Minister of National Defence announced that Canada will donate 800 drones to Ukraine.";
        Assert.Equal(
            [
                "February 13, 2024 - Brussels, Belgium - National Defence / Canadian Armed Forces",
                "Today, the Minister of National Defence announced that Canada will donate 800 drones to Ukraine.",
            ],
            Split(text));
    }

    [Fact]
    public void A_short_line_above_a_paragraph_written_on_one_line_is_a_heading_not_a_wrapped_line()
    {
        const string text = "A new air defence package for Ukraine worth $900 million\n"
            + "For the first time, the package includes launchers and interceptors that will let Ukrainian crews engage cruise missiles at a "
            + "far greater range than the systems they have used so far, and training for the crews who will operate them.";
        var sentences = SentenceSplitter.Split(text).Select(r => text[r]).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("A new air defence package for Ukraine worth $900 million", sentences[0]);
    }

    [Fact]
    public void Unwrap_turns_only_wrapping_line_breaks_into_spaces_and_keeps_offsets()
    {
        const string text = "The President spoke today with the Prime Minister of that country, Mario\r\n"
            + "Draghi of Italy, about the war.\n"
            + "\n"
            + "A headline\n"
            + "- an item";
        var unwrapped = SentenceSplitter.Unwrap(text);
        Assert.Equal(text.Length, unwrapped.Length);
        Assert.Contains("Mario  Draghi", unwrapped, StringComparison.Ordinal);
        Assert.EndsWith("war.\n\nA headline\n- an item", unwrapped, StringComparison.Ordinal);
        const string plain = "No wrapped line here.\nNor here.";
        Assert.Same(plain, SentenceSplitter.Unwrap(plain));
    }

    [Fact]
    public void A_line_wrapped_after_a_middle_initial_continues()
    {
        const string text = "From February 20th to 22nd, the President of the country, Joseph Q.\nAdamsworth, Jr. will travel to Poland.";
        Assert.Equal([text], Split(text));
    }
}
