/** How the JSON codec is wired into Jackson: mixins and date handling. Not exported, not API. */
@NullMarked
package dev.newsmodel.json.internal;

import org.jspecify.annotations.NullMarked;
