/** Implementation details of the model; not exported, not API. */
@NullMarked
package dev.newsmodel.internal;

import org.jspecify.annotations.NullMarked;
