package org.setu.infra.web.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral flow in Bangla, in Debian's Chromium: language, Bengali digits, the shipped font, refusals in words. */
class ConsoleBanglaTest extends BrowserTestBase {

    @Test
    void the_flow_in_bangla_shows_bengali_digits_and_keeps_the_language() throws Exception {
        try (Browser amina = browser()) {
            amina.open("/login?lang=bn");
            assertThat(amina.lang()).isEqualTo("bn");
            assertThat(amina.text()).contains("লগইন", "ব্যবহারকারীর নাম", "পাসওয়ার্ড");
            assertThat((Boolean) amina.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.fonts.ready.then(() => done([...document.fonts]
                        .some(f => f.family.includes('Setu Bengali') && f.status === 'loaded')));
                    """)).as("the shipped Bangla font is in use").isTrue();
            screen(amina, "bn-01-login");
            amina.login("moe-cw", PASSWORD);
            assertThat(amina.lang()).as("the choice is remembered").isEqualTo("bn");
            screen(amina, "bn-02-my-work");
            amina.open("/console/cases/new");
            amina.choose("#open-category", "TRAFFICKING");
            amina.click("label[for=open-stage-2]");
            amina.choose("#open-district", "Jashore");
            amina.type("#open-subject-fullName", "রহিমা বেগম");
            amina.type("#open-subject-dateOfBirth", "১৯৯০-০১-৩১");
            amina.click("input[name='consent.agencies'][value=ngo-a] + label");
            amina.click("input[name='consent.purposes'][value=SERVICE_PROVISION] + label");
            screen(amina, "bn-03-open-case");
            amina.submit("#open button[type=submit]");
            assertThat(amina.text()).contains("কেসটি খোলা হয়েছে।", "রহিমা বেগম", "মানব পাচার", "যশোর")
                    .as("a date in Bengali digits and a Bangla month").contains("৩১ জানু, ১৯৯০");
            amina.choose("#refer-toAgency", "ngo-a");
            amina.choose("#refer-serviceType", "PSYCHOSOCIAL");
            amina.submit("#refer button[type=submit]");
            assertThat(amina.text()).contains("রেফারেল পাঠানো হয়েছে।", "মনোসামাজিক সহায়তা", "অনুরোধ করা হয়েছে", "বাকি");
            screen(amina, "bn-04-case-referred");
            amina.open("/console/cases");
            assertThat(amina.find("main").getText()).as("a count in Bengali digits").containsPattern("[০-৯]+টি কেস");
            screen(amina, "bn-05-cases");
        }
        try (Browser ngo = browser()) {
            ngo.open("/login?lang=bn");
            ngo.login("ngo-fp", PASSWORD);
            assertThat(ngo.find("#pending").getText()).contains("মনোসামাজিক সহায়তা");
            ngo.find("#pending a").click();
            ngo.submit("form[id^=accept-] button");
            assertThat(ngo.text()).contains("আপনি রেফারেলটি গ্রহণ করেছেন।", "গৃহীত");
            ngo.submit("form[id^=complete-] button");
            assertThat(ngo.find(".govuk-error-summary").getText()).as("a refusal in Bangla").contains("এই ঘরটি পূরণ করুন");
            screen(ngo, "bn-06-refusal");
        }
    }
}
