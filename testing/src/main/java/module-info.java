/** AssertJ assertions and sample articles for the tests of code that uses newsmodel. */
module dev.newsmodel.testing {
  requires transitive dev.newsmodel.core;
  requires transitive org.assertj.core;

  exports dev.newsmodel.testing;
}
