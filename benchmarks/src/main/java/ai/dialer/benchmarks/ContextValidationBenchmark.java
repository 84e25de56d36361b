package ai.dialer.benchmarks;

import ai.dialer.plugin.InvalidContextException;
import ai.dialer.runtime.ContextJson;
import ai.dialer.runtime.Json;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From request bytes to typed, validated arguments: the generated validator against (a) a JSON
 * Schema validator followed by Jackson bean binding and (b) Jackson bean binding followed by
 * Hibernate Validator. Every path starts from the same bytes and ends with typed values or a
 * rejection.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ContextValidationBenchmark {
  static final byte[] VALID =
      ("{\"title\":\"Budget review, Q3\",\"minutes\":45,\"priority\":\"HIGH\","
              + "\"tags\":[\"finance\",\"quarterly\",\"review\"],"
              + "\"attendee\":{\"name\":\"Ann Lee\",\"email\":\"ann@example.com\"}}")
          .getBytes(StandardCharsets.UTF_8);
  static final byte[] INVALID =
      ("{\"title\":\"Budget review!\",\"minutes\":4,\"priority\":\"URGENT\","
              + "\"tags\":[\"finance\",null],"
              + "\"attendee\":{\"name\":\"\",\"email\":\"ann\"}}")
          .getBytes(StandardCharsets.UTF_8);

  private ObjectMapper mapper;
  private JsonSchema schema;
  private Validator beanValidator;

  @Setup
  public void setUp() {
    mapper =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(BookingPlugin_Invoker.DESCRIPTOR.jsonSchema());
    beanValidator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  @Benchmark
  public Object generatedValid() throws Exception {
    return generated(VALID);
  }

  @Benchmark
  public Object generatedInvalid() throws Exception {
    try {
      return generated(INVALID);
    } catch (InvalidContextException e) {
      return e.violations();
    }
  }

  /**
   * As the server reads a context: the body checked as one strict JSON document (UTF-8 included),
   * then the generated reader over the context's bytes.
   */
  private static Object generated(byte[] body) throws Exception {
    Json.checkDocument(body);
    return ContextJson.slice(body, 0, body.length).read(BookingPlugin_Validator::read);
  }

  @Benchmark
  public Object schemaThenBindingValid() throws Exception {
    return schemaThenBinding(VALID);
  }

  @Benchmark
  public Object schemaThenBindingInvalid() throws Exception {
    return schemaThenBinding(INVALID);
  }

  @Benchmark
  public Object bindingThenBeanValidationValid() throws Exception {
    return bindingThenBeanValidation(VALID);
  }

  @Benchmark
  public Object bindingThenBeanValidationInvalid() throws Exception {
    return bindingThenBeanValidation(INVALID);
  }

  private Object schemaThenBinding(byte[] body) throws Exception {
    JsonNode tree = mapper.readTree(body);
    Set<ValidationMessage> errors = schema.validate(tree);
    if (!errors.isEmpty()) {
      return errors;
    }
    return mapper.treeToValue(tree, BookingBean.class);
  }

  private Object bindingThenBeanValidation(byte[] body) throws Exception {
    BookingBean bean;
    try {
      bean = mapper.readValue(body, BookingBean.class);
    } catch (com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
      return e; // "URGENT" is no Priority: binding rejects before validation can list the rest
    }
    Set<ConstraintViolation<BookingBean>> violations = beanValidator.validate(bean);
    return violations.isEmpty() ? bean : violations;
  }
}
