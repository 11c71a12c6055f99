package org.caytre.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caytre.search.analysis.TokenStreamAssert.assertAnalyzesTo;
import static org.caytre.search.analysis.TokenStreamAssert.terms;

import java.text.Normalizer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/** Each filter of the Vietnamese chain on its own (behind the tokenizer), then the whole chain. */
class AnalysisChainTest {
    private static Analyzer chain(Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new SyllableTokenizer();
                return new TokenStreamComponents(t, filters.apply(t));
            }
        };
    }

    @Test
    void tokenizer_keeps_hyphenated_words_and_numbers_whole_and_drops_punctuation() {
        assertAnalyzesTo(chain(s -> s), "Ông Pu-tin, “bốn không” (34-NQ/TW) 1.000,5 tỷ - hết.",
                new String[] {"Ông", "Pu-tin", "bốn", "không", "34-NQ/TW", "1.000,5", "tỷ", "hết"},
                new int[] {0, 4, 13, 17, 25, 35, 43, 48},
                new int[] {3, 10, 16, 22, 33, 42, 45, 51},
                new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    void tokenizer_keeps_combining_marks_in_the_word() {
        String nfd = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);
        assertThat(terms(chain(s -> s), nfd)).containsExactly(nfd.substring(0, nfd.indexOf(' ')), nfd.substring(nfd.indexOf(' ') + 1));
    }

    @Test
    void normalization_gives_one_tone_placement_and_nfc() {
        Analyzer a = chain(VietnameseNormalizationFilter::new);
        assertThat(terms(a, "hoà thuý khoẻ Uỷ")).containsExactly("hòa", "thúy", "khỏe", "Ủy");
        assertThat(terms(a, "hòa thúy khỏe hoàng người quý giữ")).containsExactly("hòa", "thúy", "khỏe", "hoàng", "người", "quý", "giữ");
        assertThat(terms(a, Normalizer.normalize("hoà", Normalizer.Form.NFD))).containsExactly("hòa");
        assertThat(terms(a, "café Hoà-bình")).containsExactly("café", "Hòa-bình");
    }

    @Test
    void compound_split_emits_syllables_and_the_joined_form_at_the_first_position() {
        assertAnalyzesTo(chain(s -> new CompoundSplitFilter(new LowerCaseFilter(s))), "Xinh-ga-po và Pu-tin",
                new String[] {"xinh", "xinhgapo", "ga", "po", "và", "pu", "putin", "tin"},
                new int[] {0, 0, 5, 8, 11, 14, 14, 17},
                new int[] {4, 10, 7, 10, 13, 16, 20, 20},
                new int[] {1, 0, 1, 1, 1, 1, 0, 1});
    }

    @Test
    void pairs_come_before_the_second_syllable_at_its_position() {
        assertAnalyzesTo(chain(s -> new SyllablePairFilter(new CompoundSplitFilter(new LowerCaseFilter(s)))), "sông Mê Kông",
                new String[] {"sông", "sôngmê", "mê", "mêkông", "kông"},
                new int[] {0, 0, 5, 5, 8},
                new int[] {4, 7, 7, 12, 12},
                new int[] {1, 1, 0, 1, 0});
    }

    @Test
    void folded_forms_are_stacked_on_every_token() {
        assertAnalyzesTo(chain(s -> new FoldedFormFilter(new LowerCaseFilter(s))), "Đắk Lắk ma",
                new String[] {"đắk", "~dak", "lắk", "~lak", "ma", "~ma"},
                new int[] {0, 0, 4, 4, 8, 8},
                new int[] {3, 3, 7, 7, 10, 10},
                new int[] {1, 0, 1, 0, 1, 0});
    }

    @Test
    void the_whole_chain() {
        assertAnalyzesTo(VietnameseAnalyzer.indexing(), "Hoà Pu-tin",
                new String[] {"hòa", "~hoa", "hòapu", "~hoapu", "pu", "~pu", "putin", "~putin", "putin", "~putin", "tin", "~tin"},
                new int[] {0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 7, 7},
                new int[] {3, 3, 6, 6, 6, 6, 10, 10, 10, 10, 10, 10},
                new int[] {1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0});
    }

    @Test
    void query_side_syllables_stop_before_pairs_and_folding() {
        assertThat(terms(VietnameseAnalyzer.syllables(), "Hoà giải vắc-xin")).containsExactly("hòa", "giải", "vắc", "vắcxin", "xin");
    }

    @Test
    void random_text_keeps_the_invariants() {
        java.util.Random r = new java.util.Random(42);
        String alphabet = "aàảãáạăằâấđeêếiíoòôốơờuúưừyýAĐ -‐/.,0123456789\u0301\u0300“”()";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, len = r.nextInt(40); i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            TokenStreamAssert.tokens(VietnameseAnalyzer.indexing(), b.toString());
        }
    }
}
