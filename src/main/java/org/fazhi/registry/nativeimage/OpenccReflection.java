package org.fazhi.registry.nativeimage;

import com.github.houbb.nlp.common.dfa.tree.impl.DefaultTrieTreeMap;
import com.github.houbb.nlp.common.format.impl.ChineseTsCharFormat;
import com.github.houbb.nlp.common.format.impl.HalfWidthCharFormat;
import com.github.houbb.nlp.common.format.impl.LowerCaseCharFormat;
import com.github.houbb.nlp.common.format.impl.NoneCharFormat;
import com.github.houbb.nlp.common.segment.impl.CharCommonSegment;
import com.github.houbb.nlp.common.segment.impl.SimpleCommonSegment;
import com.github.houbb.nlp.common.segment.impl.SingleCommonSegment;
import com.github.houbb.opencc4j.support.data.impl.STCharData;
import com.github.houbb.opencc4j.support.data.impl.STPhraseData;
import com.github.houbb.opencc4j.support.data.impl.TSCharData;
import com.github.houbb.opencc4j.support.data.impl.TSPhraseData;
import com.github.houbb.opencc4j.support.data.impl.TwSTCharData;
import com.github.houbb.opencc4j.support.data.impl.TwSTPhraseData;
import com.github.houbb.opencc4j.support.data.impl.TwTSCharData;
import com.github.houbb.opencc4j.support.data.impl.TwTSPhraseData;
import com.github.houbb.opencc4j.support.datamap.impl.DataMapDefault;
import com.github.houbb.opencc4j.support.datamap.impl.DataMapTaiwan;
import com.github.houbb.opencc4j.support.segment.impl.CharSegment;
import com.github.houbb.opencc4j.support.segment.impl.FastForwardSegment;
import com.github.houbb.opencc4j.support.segment.impl.TwFastForwardSegment;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The classes opencc4j (traditional/simplified conversion) creates with {@code Class.newInstance()} through its
 * {@code Instances.singleton(...)} factory: a native image keeps their constructors only when registered here.
 * The jieba segmenter is left out: it is an optional dependency the project does not use.
 * The dictionaries themselves are included by {@code quarkus.native.resources.includes}.
 */
@RegisterForReflection(targets = {
        DataMapDefault.class, DataMapTaiwan.class,
        STCharData.class, STPhraseData.class, TSCharData.class, TSPhraseData.class,
        TwSTCharData.class, TwSTPhraseData.class, TwTSCharData.class, TwTSPhraseData.class,
        CharSegment.class, FastForwardSegment.class, TwFastForwardSegment.class,
        ChineseTsCharFormat.class, HalfWidthCharFormat.class, LowerCaseCharFormat.class, NoneCharFormat.class,
        CharCommonSegment.class, SimpleCommonSegment.class, SingleCommonSegment.class, DefaultTrieTreeMap.class})
final class OpenccReflection {

    private OpenccReflection() {
    }
}
