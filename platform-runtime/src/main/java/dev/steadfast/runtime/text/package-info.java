/** Constraints on text that applications share: {@link dev.steadfast.runtime.text.Printable}, one line of printable text. */
package dev.steadfast.runtime.text;
