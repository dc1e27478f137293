/**
 * Short, runnable examples of the library: each class has a {@code main} and a method its test
 * calls. Start with {@link dev.newsmodel.examples.ParseFromString}.
 */
@NullMarked
package dev.newsmodel.examples;

import org.jspecify.annotations.NullMarked;
