package kz.qorgau.system;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Marks an invalid form control for assistive technology as well as by its colour (WCAG 1.3.1, 3.3.1): every control
 * bound with {@code th:field} that carries {@code th:errorclass} gets {@code aria-invalid="true"} and is described by
 * its error message ({@code <name>-error}, written by the {@code fragments/notices :: fieldError} fragment that
 * {@code fragments/forms :: field} places under it) when its field has an error, beside the descriptions it already
 * has. Doing it here, where Spring's error class is applied, means no form can highlight a field and forget to say
 * so.
 */
@Component
class FieldErrorsDialect extends AbstractProcessorDialect {

    FieldErrorsDialect() {
        super("Qorgau field errors", "th", 1000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new InvalidFieldProcessor(dialectPrefix));
    }

    /** Runs after {@code th:field} (1700), which names the control, and before {@code th:errorclass} (1800). */
    static final class InvalidFieldProcessor extends AbstractAttributeTagProcessor {

        InvalidFieldProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "errorclass", true, 1750, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, IElementTagStructureHandler structureHandler) {
            String name = tag.getAttributeValue("name");
            if (name == null || name.isBlank() || !FieldUtils.hasErrors(context, name)) {
                return;
            }
            structureHandler.setAttribute("aria-invalid", "true");
            String message = name + "-error";
            String described = tag.getAttributeValue("aria-describedby");
            structureHandler.setAttribute("aria-describedby",
                    described == null || described.isBlank() ? message : described + " " + message);
        }
    }
}
