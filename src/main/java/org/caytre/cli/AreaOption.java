package org.caytre.cli;

import java.util.Iterator;
import org.caytre.classify.Area;

/** The area codes, for the help of {@code --area} (checked with {@link Area#parse}, one line on a bad code). */
final class AreaOption {
    private AreaOption() {}

    static final class Codes implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Area.codes().iterator(); }
    }
}
