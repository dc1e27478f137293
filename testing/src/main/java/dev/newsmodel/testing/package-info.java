/** AssertJ assertions ({@code ArticleAssert}) and ready-made sample articles for tests. */
@NullMarked
package dev.newsmodel.testing;

import org.jspecify.annotations.NullMarked;
