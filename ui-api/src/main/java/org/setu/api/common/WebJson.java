package org.setu.api.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.setu.api.common.json.StrictJson;
import org.setu.api.common.json.StrictJsonDecoder;
import org.setu.kernel.common.AgencyId;
import org.setu.kernel.common.CommandId;
import org.setu.kernel.common.StaffId;
import org.setu.kernel.recruitment.ComplaintId;
import org.setu.kernel.recruitment.Licence;
import org.setu.kernel.recruitment.SanctionId;
import org.setu.kernel.referral.CaseId;
import org.setu.kernel.referral.NoteId;
import org.setu.kernel.referral.ReferralId;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonEncoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.setu.kernel.sharing.AgreementId;

/**
 * The API's JSON: typed ids are plain strings ({@code "caseId":"C..."}), as the contract shows. A copy of the
 * application's mapper, so that the event serializer (which shares the original) keeps its format.
 */
public class WebJson implements WebFluxConfigurer {

    /** The largest request body read, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper mapper;
    private final ObjectMapper reader;

    public WebJson(ObjectMapper application) {
        SimpleModule ids = new SimpleModule("setu-typed-ids");
        for (Class<?> id : new Class<?>[]{CaseId.class, ReferralId.class, NoteId.class, AgencyId.class, StaffId.class,
                CommandId.class, AgreementId.class, Licence.class, ComplaintId.class, SanctionId.class}) {
            ids.addSerializer(id, ToStringSerializer.instance);
        }
        this.mapper = application.copy().registerModule(ids);
        this.reader = StrictJson.apply(application.copy().registerModule(ids));
    }

    /** Bodies are read strictly ({@link StrictJson}); responses are written with the lenient copy. */
    public ObjectMapper reader() {
        return reader;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        configurer.defaultCodecs().jackson2JsonEncoder(new Jackson2JsonEncoder(mapper));
        configurer.defaultCodecs().jackson2JsonDecoder(new StrictJsonDecoder(reader));
        configurer.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES);
    }
}
