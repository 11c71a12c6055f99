package org.caytre.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chars answers as Character does for every char. */
class CharsTest {
    @Test
    void everyCharAnswersAsCharacter() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Chars.isLetter(c)).as("isLetter %x", i).isEqualTo(Character.isLetter(c));
            assertThat(Chars.isDigit(c)).as("isDigit %x", i).isEqualTo(Character.isDigit(c));
            assertThat(Chars.isLetterOrDigit(c)).as("isLetterOrDigit %x", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Chars.isUpperCase(c)).as("isUpperCase %x", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.isLowerCase(c)).as("isLowerCase %x", i).isEqualTo(Character.isLowerCase(c));
            assertThat(Chars.isWhitespace(c)).as("isWhitespace %x", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Chars.toLowerCase(c)).as("toLowerCase %x", i).isEqualTo(Character.toLowerCase(c));
        }
    }
}
